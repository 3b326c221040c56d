// @generated from tests/fixtures/names.yaml by openapi-gen; do not edit.

#![cfg(feature = "all-tags")]

/// Starts with a digit.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct N2fa {
    pub code: Option<String>,
}

crate::support::object!(N2fa {
    code: "code" optional,
});
