// @generated from spec/alfresco-core.yaml by openapi-gen; do not edit.

#[cfg(feature = "server")]
use crate::support::non_null;

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Pagination {
    /// The number of objects in the entries array.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub count: Option<i64>,
    /// A boolean value which is **true** if there are more entities in the collection beyond those in this response.
    #[serde(rename = "hasMoreItems", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub has_more_items: Option<bool>,
    /// An integer describing the total number of entities in the collection.
    #[serde(rename = "totalItems", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub total_items: Option<i64>,
    /// An integer describing how many entities exist in the collection before those included in this list.
    #[serde(rename = "skipCount", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub skip_count: Option<i64>,
    /// The value of the **maxItems** parameter used to generate this list.
    #[serde(rename = "maxItems", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub max_items: Option<i64>,
}
