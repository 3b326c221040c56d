// @generated from tests/fixtures/swagger2-document.yaml by openapi-gen; do not edit.

#[derive(Debug, Clone, PartialEq)]
pub struct Pet {
    pub id: i64,
    pub name: String,
}

crate::support::object!(Pet {
    id: "id" required,
    name: "name" required,
});
