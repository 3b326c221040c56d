// @generated from tests/fixtures/bodies.yaml by openapi-gen; do not edit.

#[derive(Debug, Clone, PartialEq)]
pub struct Note {
    pub id: Option<i64>,
    pub text: String,
}

crate::support::object!(Note {
    id: "id" optional,
    text: "text" required,
});
