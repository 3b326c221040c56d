// @generated from tests/fixtures/oas31-multipart-unions.yaml by openapi-gen; do not edit.

#[derive(Debug, Clone, PartialEq)]
pub struct Owner {
    pub id: String,
}

crate::support::object!(Owner {
    id: "id" required,
});
