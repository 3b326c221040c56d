// @generated from tests/fixtures/tag-features.yaml by openapi-gen; do not edit.

#![cfg(feature = "all-tags")]

crate::support::object! {
    /// Reached by no operation, so only `all-tags` compiles it.
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct Unused {
        pub note: Option<String> = "note" optional,
    }
}
