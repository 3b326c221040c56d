// @generated from tests/fixtures/tag-features.yaml by openapi-gen; do not edit.

#![cfg(feature = "all-tags")]

/// Reached by no operation, so only `all-tags` compiles it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Unused {
    pub note: Option<String>,
}

crate::support::object!(Unused {
    note: "note" optional,
});
