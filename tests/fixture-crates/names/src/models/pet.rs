// @generated from tests/fixtures/names.yaml by openapi-gen; do not edit.

#![cfg(feature = "all-tags")]

crate::support::object! {
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct Pet {
        pub name: Option<String> = "name" optional,
    }
}
