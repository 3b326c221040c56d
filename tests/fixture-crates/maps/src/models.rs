// @generated from tests/fixtures/maps.yaml by openapi-gen; do not edit.

//! Serde types for the schemas of Maps and arrays.

/// The `Labels` schema.
pub type Labels = std::collections::BTreeMap<String, String>;

/// The `Groups` schema.
pub type Groups = std::collections::BTreeMap<String, Vec<String>>;

/// The `FreeForm` schema.
pub type FreeForm = serde_json::Map<String, serde_json::Value>;

/// The `Anything` schema.
pub type Anything = serde_json::Value;

/// The `Matrix` schema.
pub type Matrix = Vec<Vec<f64>>;

/// The `Mixed` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Mixed {
    /// The `name` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub name: Option<String>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: std::collections::BTreeMap<String, crate::Integer>,
}
