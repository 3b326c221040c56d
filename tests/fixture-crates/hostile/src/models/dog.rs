// @generated from tests/fixtures/hostile.yaml by openapi-gen; do not edit.

#[cfg(feature = "server")]
use crate::support::non_null;

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Dog {
    #[serde(rename = "kind\"\n}fn injected(){}")]
    pub kind_fn_injected: String,
    /// name *\/
    /// }
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub name: Option<String>,
    #[serde(
        rename = "weird key\"\n}fn x(){}\u{2028}",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub weird_key_fn_x: Option<i32>,
}
