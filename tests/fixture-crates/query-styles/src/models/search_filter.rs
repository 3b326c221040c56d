// @generated from tests/fixtures/query-styles.yaml by openapi-gen; do not edit.

crate::support::object! {
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct SearchFilter {
        pub name: Option<String> = "name" optional,
        pub min: Option<i32> = "min" optional,
    }
}
