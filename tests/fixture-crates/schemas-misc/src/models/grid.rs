// @generated from tests/fixtures/schemas-misc.yaml by openapi-gen; do not edit.

#[cfg(feature = "server")]
use crate::support::non_null;

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Grid {
    /// An array of arrays.
    pub cells: Vec<Vec<i32>>,
    /// An array whose items have no schema.
    #[serde(rename = "untypedItems", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub untyped_items: Option<Vec<serde_json::Value>>,
}
