// @generated from tests/fixtures/schemas-misc.yaml by openapi-gen; do not edit.

/// An enum of mixed values (strings, numbers, a boolean, null) without a `type`.
pub type Mixed = serde_json::Value;
