// @generated from tests/fixtures/schemas-misc.yaml by openapi-gen; do not edit.

/// A free-form object.
pub type FreeForm = serde_json::Map<String, serde_json::Value>;
