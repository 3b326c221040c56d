// @generated from tests/fixtures/bodies.yaml by openapi-gen; do not edit.

crate::support::object! {
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct Problem {
        pub type_: Option<String> = "type" optional,
        pub title: Option<String> = "title" optional,
        pub status: Option<i64> = "status" optional,
    }
}
