// @generated from tests/fixtures/tag-features.yaml by openapi-gen; do not edit.

#![cfg(feature = "all-tags")]

#[cfg(feature = "server")]
use crate::support::non_null;

/// Reached by no operation, so only `all-tags` compiles it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Unused {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub note: Option<String>,
}
