// @generated from tests/fixtures/no-text-form.yaml by openapi-gen; do not edit.

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Point {
    pub x: Option<i64>,
}

crate::support::object!(Point {
    x: "x" optional,
});
