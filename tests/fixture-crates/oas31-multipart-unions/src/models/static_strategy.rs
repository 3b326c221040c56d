// @generated from tests/fixtures/oas31-multipart-unions.yaml by openapi-gen; do not edit.

#[cfg(feature = "server")]
use crate::support::non_null;

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct StaticStrategy {
    pub max_chunk_size_tokens: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub chunk_overlap_tokens: Option<i64>,
}
