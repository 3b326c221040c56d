// @generated from tests/fixtures/bodies.yaml by openapi-gen; do not edit.

crate::support::object! {
    #[derive(Debug, Clone, PartialEq)]
    pub struct Note {
        pub id: Option<i64> = "id" optional,
        pub text: String = "text" required,
    }
}
