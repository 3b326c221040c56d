// @generated from spec/alfresco-core.yaml by openapi-gen; do not edit.

crate::support::object! {
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct Pagination {
        /// The number of objects in the entries array.
        pub count: Option<i64> = "count" optional,
        /// A boolean value which is **true** if there are more entities in the collection beyond those in this response.
        pub has_more_items: Option<bool> = "hasMoreItems" optional,
        /// An integer describing the total number of entities in the collection.
        pub total_items: Option<i64> = "totalItems" optional,
        /// An integer describing how many entities exist in the collection before those included in this list.
        pub skip_count: Option<i64> = "skipCount" optional,
        /// The value of the **maxItems** parameter used to generate this list.
        pub max_items: Option<i64> = "maxItems" optional,
    }
}
