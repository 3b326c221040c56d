// @generated from tests/fixtures/names.yaml by openapi-gen; do not edit.

#![cfg(feature = "tag-default-api")]

#[cfg(feature = "server")]
use crate::support::non_null;
use super::*;

/// Named like the generated client.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Client {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub error: Option<Error>,
}
