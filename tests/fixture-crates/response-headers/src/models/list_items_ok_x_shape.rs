// @generated from tests/fixtures/response-headers.yaml by openapi-gen; do not edit.

crate::support::object! {
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct ListItemsOkXShape {
        pub a: Option<i64> = "a" optional,
    }
}
