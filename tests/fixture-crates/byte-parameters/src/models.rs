// @generated from tests/fixtures/byte-parameters.yaml by openapi-gen; do not edit.

//! Serde types for the schemas of Byte parameters.

/// The `Blob` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Blob {
    /// The `key` property.
    pub key: crate::Base64,
    /// The `salt` property.
    pub salt: crate::Base64,
    /// The `chunks` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub chunks: Option<Vec<crate::Base64>>,
    /// The `signature` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub signature: Option<crate::Base64>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}
