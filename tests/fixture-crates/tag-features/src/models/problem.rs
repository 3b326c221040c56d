// @generated from tests/fixtures/tag-features.yaml by openapi-gen; do not edit.

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Problem {
    pub title: Option<String>,
}

crate::support::object!(Problem {
    title: "title" optional,
});
