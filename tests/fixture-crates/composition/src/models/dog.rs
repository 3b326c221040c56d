// @generated from tests/fixtures/composition.yaml by openapi-gen; do not edit.

#[derive(Debug, Clone, PartialEq)]
pub struct Dog {
    pub id: String,
    pub barks: Option<bool>,
}

crate::support::object!(Dog {
    id: "id" required,
    barks: "barks" optional,
});
