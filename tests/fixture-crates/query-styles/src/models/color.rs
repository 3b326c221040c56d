// @generated from tests/fixtures/query-styles.yaml by openapi-gen; do not edit.

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Color {
    pub r: Option<i32>,
    pub g: Option<i32>,
    pub b: Option<i32>,
}

crate::support::object!(Color {
    r: "R" optional,
    g: "G" optional,
    b: "B" optional,
});
