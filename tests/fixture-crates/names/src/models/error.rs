// @generated from tests/fixtures/names.yaml by openapi-gen; do not edit.

#![cfg(any(feature = "tag-client", feature = "tag-default-api"))]

#[cfg(feature = "server")]
use crate::support::non_null;

/// Named like the client's error type.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Error {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub message: Option<String>,
}
