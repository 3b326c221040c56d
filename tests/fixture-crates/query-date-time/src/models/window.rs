// @generated from tests/fixtures/query-date-time.yaml by openapi-gen; do not edit.

#[cfg(feature = "server")]
use crate::support::non_null;

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Window {
    pub since: chrono::DateTime<chrono::FixedOffset>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub until: Option<chrono::DateTime<chrono::FixedOffset>>,
}
