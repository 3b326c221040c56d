// @generated from tests/fixtures/hostile.yaml by openapi-gen; do not edit.

#[cfg(feature = "server")]
use crate::support::non_null;
use super::*;

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Cat {
    #[serde(
        rename = "kind\"\n}fn injected(){}",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub kind_fn_injected: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub colour: Option<Colour>,
}
