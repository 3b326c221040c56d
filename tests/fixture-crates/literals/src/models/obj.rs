// @generated from tests/fixtures/literals.yaml by openapi-gen; do not edit.

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Obj {
    pub a: Option<i32>,
    pub b: Option<f32>,
    pub c: Option<i64>,
}

crate::support::object!(Obj {
    a: "a" optional,
    b: "b" optional,
    c: "c" optional,
});
