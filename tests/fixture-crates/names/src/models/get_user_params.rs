// @generated from tests/fixtures/names.yaml by openapi-gen; do not edit.

#![cfg(feature = "tag-admin-users")]

#[cfg(feature = "server")]
use crate::support::non_null;

/// Named like the parameters struct of `get-user`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct GetUserParams {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub id: Option<String>,
}
