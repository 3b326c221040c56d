// @generated from tests/fixtures/schemas-misc.yaml by openapi-gen; do not edit.

crate::support::object! {
    #[derive(Debug, Clone, PartialEq, Default)]
    #[closed]
    pub struct Closed {
        pub name: Option<String> = "name" optional,
    }
}
