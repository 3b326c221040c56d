// @generated from tests/fixtures/hostile.yaml by openapi-gen; do not edit.

#[cfg(feature = "server")]
use crate::support::non_null;

/// a schema whose key is hostile
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct NamedFnInjected {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub value: Option<String>,
}
