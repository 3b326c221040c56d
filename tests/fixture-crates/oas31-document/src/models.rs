// @generated from tests/fixtures/oas31-document.yaml by openapi-gen; do not edit.

//! Serde types for the schemas of Document 3.1.

/// The `Status` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Status {
    /// The `point` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub point: Option<Vec<serde_json::Value>>,
    /// The `mode` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub mode: Option<String>,
}
