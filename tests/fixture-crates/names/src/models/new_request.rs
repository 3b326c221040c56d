// @generated from tests/fixtures/names.yaml by openapi-gen; do not edit.

#![cfg(feature = "all-tags")]

/// Named like the inline request body of `new` would be.
pub type NewRequest = String;
