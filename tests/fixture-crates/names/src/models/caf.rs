// @generated from tests/fixtures/names.yaml by openapi-gen; do not edit.

#![cfg(feature = "all-tags")]

crate::support::object! {
    /// Non-ASCII.
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct Café {
        pub crème: Option<String> = "crème" optional,
    }
}
