// @generated from tests/fixtures/operations.yaml by openapi-gen; do not edit.

#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub id: String,
}

crate::support::object!(Item {
    id: "id" required,
});
