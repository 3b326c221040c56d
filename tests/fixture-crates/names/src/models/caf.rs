// @generated from tests/fixtures/names.yaml by openapi-gen; do not edit.

#![cfg(feature = "all-tags")]

/// Non-ASCII.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Café {
    pub crème: Option<String>,
}

crate::support::object!(Café {
    crème: "crème" optional,
});
