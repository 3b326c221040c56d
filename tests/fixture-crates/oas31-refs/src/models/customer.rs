// @generated from tests/fixtures/oas31-refs.yaml by openapi-gen; do not edit.

crate::support::object! {
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct Customer {
        pub name: Option<String> = "name" optional,
    }
}
