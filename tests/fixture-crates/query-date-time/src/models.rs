// @generated from tests/fixtures/query-date-time.yaml by openapi-gen; do not edit.

//! Serde types for the schemas of Query date-time.

/// The `Window` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Window {
    /// The `since` property.
    pub since: chrono::DateTime<chrono::FixedOffset>,
    /// The `until` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub until: Option<chrono::DateTime<chrono::FixedOffset>>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}
