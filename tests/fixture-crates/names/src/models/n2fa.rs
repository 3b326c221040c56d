// @generated from tests/fixtures/names.yaml by openapi-gen; do not edit.

#![cfg(feature = "all-tags")]

crate::support::object! {
    /// Starts with a digit.
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct N2fa {
        pub code: Option<String> = "code" optional,
    }
}
