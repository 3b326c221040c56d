// @generated from tests/fixtures/objects.yaml by openapi-gen; do not edit.

//! Serde types for the schemas of Objects.

/// A pet.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Pet {
    /// The `id` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub id: Option<i64>,
    /// The pet's name.
    pub name: String,
    /// The `type` property.
    #[serde(
        rename = "type",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub type_: Option<String>,
    /// The `match` property.
    #[serde(
        rename = "match",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub match_: Option<bool>,
    /// The `self` property.
    #[serde(
        rename = "self",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub self_: Option<String>,
    /// The `owner` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub owner: Option<PetOwner>,
    /// The `tags` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub tags: Option<Vec<PetTagsItem>>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// The `PetOwner` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct PetOwner {
    /// The `address` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub address: Option<PetOwnerAddress>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// The `PetOwnerAddress` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct PetOwnerAddress {
    /// The `city` property.
    pub city: String,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// The `PetTagsItem` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct PetTagsItem {
    /// The `label` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub label: Option<String>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// Differs from `Pet` only in case.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Pet2 {
    /// The `Name` property.
    #[serde(
        rename = "Name",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub name: Option<String>,
    /// The `name` property.
    #[serde(
        rename = "name",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub name2: Option<String>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// The `Closed` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Closed {
    /// The `a` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub a: Option<String>,
}
