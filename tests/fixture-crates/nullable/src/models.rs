// @generated from tests/fixtures/nullable.yaml by openapi-gen; do not edit.

//! Serde types for the schemas of Nullable.

/// The `Thing` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Thing {
    /// The `requiredNullable` property.
    #[serde(rename = "requiredNullable")]
    pub required_nullable: Option<String>,
    /// The `optionalNullable` property.
    #[serde(
        rename = "optionalNullable",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub optional_nullable: Option<crate::Integer>,
    /// The `ref` property.
    #[serde(rename = "ref", default, skip_serializing_if = "Option::is_none")]
    pub ref_: Option<MaybeName>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// The `MaybeName` schema.
pub type MaybeName = String;
