// @generated from tests/fixtures/swagger2-document.yaml by openapi-gen; do not edit.

crate::support::object! {
    #[derive(Debug, Clone, PartialEq)]
    pub struct Pet {
        pub id: i64 = "id" required,
        pub name: String = "name" required,
    }
}
