// @generated from tests/fixtures/names.yaml by openapi-gen; do not edit.

/// Named like the inline request body of `new` would be.
#[cfg(feature = "all-tags")]
pub type NewRequest = String;
