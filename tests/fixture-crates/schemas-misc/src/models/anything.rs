// @generated from tests/fixtures/schemas-misc.yaml by openapi-gen; do not edit.

/// The empty schema.
pub type Anything = serde_json::Value;
