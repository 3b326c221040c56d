// @generated from tests/fixtures/oas31-multipart-unions.yaml by openapi-gen; do not edit.

crate::support::object! {
    #[derive(Debug, Clone, PartialEq)]
    pub struct Owner {
        pub id: String = "id" required,
    }
}
