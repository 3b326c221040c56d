// @generated from tests/fixtures/path-styles.yaml by openapi-gen; do not edit.

#[derive(Debug, Clone, PartialEq, Default)]
pub struct LabelObject {
    pub r: Option<i32>,
    pub g: Option<i32>,
    pub b: Option<i32>,
}

crate::support::object!(LabelObject {
    r: "R" optional,
    g: "G" optional,
    b: "B" optional,
});
