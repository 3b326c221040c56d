// @generated from tests/fixtures/tag-features.yaml by openapi-gen; do not edit.

#![cfg(feature = "tag-stores")]

#[cfg(feature = "server")]
use crate::support::non_null;

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Address {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub street: Option<String>,
}
