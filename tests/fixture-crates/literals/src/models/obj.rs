// @generated from tests/fixtures/literals.yaml by openapi-gen; do not edit.

crate::support::object! {
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct Obj {
        pub a: Option<i32> = "a" optional,
        pub b: Option<f32> = "b" optional,
        pub c: Option<i64> = "c" optional,
    }
}
