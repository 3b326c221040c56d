// @generated from spec/alfresco-core.yaml by openapi-gen; do not edit.

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Pagination {
    /// The number of objects in the entries array.
    pub count: Option<i64>,
    /// A boolean value which is **true** if there are more entities in the collection beyond those in this response.
    pub has_more_items: Option<bool>,
    /// An integer describing the total number of entities in the collection.
    pub total_items: Option<i64>,
    /// An integer describing how many entities exist in the collection before those included in this list.
    pub skip_count: Option<i64>,
    /// The value of the **maxItems** parameter used to generate this list.
    pub max_items: Option<i64>,
}

crate::support::object!(Pagination {
    count: "count" optional,
    has_more_items: "hasMoreItems" optional,
    total_items: "totalItems" optional,
    skip_count: "skipCount" optional,
    max_items: "maxItems" optional,
});
