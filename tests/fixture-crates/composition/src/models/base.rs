// @generated from tests/fixtures/composition.yaml by openapi-gen; do not edit.

crate::support::object! {
    #[derive(Debug, Clone, PartialEq)]
    pub struct Base {
        pub id: String = "id" required,
    }
}
