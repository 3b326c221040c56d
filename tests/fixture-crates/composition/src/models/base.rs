// @generated from tests/fixtures/composition.yaml by openapi-gen; do not edit.

#[derive(Debug, Clone, PartialEq)]
pub struct Base {
    pub id: String,
}

crate::support::object!(Base {
    id: "id" required,
});
