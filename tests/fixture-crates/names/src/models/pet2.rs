// @generated from tests/fixtures/names.yaml by openapi-gen; do not edit.

#![cfg(feature = "all-tags")]

crate::support::object! {
    /// Differs from `Pet` only in case.
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct Pet2 {
        pub name: Option<String> = "name" optional,
    }
}
