// @generated from tests/fixtures/operations.yaml by openapi-gen; do not edit.

crate::support::object! {
    #[derive(Debug, Clone, PartialEq)]
    pub struct Item {
        pub id: String = "id" required,
    }
}
