// @generated from tests/fixtures/bodies.yaml by openapi-gen; do not edit.

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Problem {
    pub type_: Option<String>,
    pub title: Option<String>,
    pub status: Option<i64>,
}

crate::support::object!(Problem {
    type_: "type" optional,
    title: "title" optional,
    status: "status" optional,
});
