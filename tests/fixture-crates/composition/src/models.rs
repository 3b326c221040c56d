// @generated from tests/fixtures/composition.yaml by openapi-gen; do not edit.

//! Serde types for the schemas of Composition.

/// The `Base` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Base {
    /// The `id` property.
    pub id: String,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// The `Dog` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Dog {
    /// The `id` property.
    pub id: String,
    /// The `barks` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub barks: Option<bool>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// The `Cat` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Cat {
    /// The `meows` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub meows: Option<bool>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// The `Pet` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum Pet {
    /// The `Dog` alternative.
    Dog(Dog),
    /// The `Cat` alternative.
    Cat(Cat),
}

/// The `IdOrName` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum IdOrName {
    /// The `Variant0` alternative.
    Variant0(crate::Integer),
    /// The `Variant1` alternative.
    Variant1(String),
}
