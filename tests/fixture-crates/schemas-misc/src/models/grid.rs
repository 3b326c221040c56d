// @generated from tests/fixtures/schemas-misc.yaml by openapi-gen; do not edit.

crate::support::object! {
    #[derive(Debug, Clone, PartialEq)]
    pub struct Grid {
        /// An array of arrays.
        pub cells: Vec<Vec<i32>> = "cells" required,
        /// An array whose items have no schema.
        pub untyped_items: Option<Vec<serde_json::Value>> = "untypedItems" optional,
    }
}
