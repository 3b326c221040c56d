// @generated from tests/fixtures/query-styles.yaml by openapi-gen; do not edit.

crate::support::object! {
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct Page {
        pub offset: Option<i32> = "offset" optional,
        pub limit: Option<i32> = "limit" optional,
    }
}
