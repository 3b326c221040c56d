// @generated from tests/fixtures/objects.yaml by openapi-gen; do not edit.

crate::support::object! {
    #[derive(Debug, Clone, PartialEq, Default)]
    #[closed]
    pub struct Closed {
        pub a: Option<String> = "a" optional,
    }
}
