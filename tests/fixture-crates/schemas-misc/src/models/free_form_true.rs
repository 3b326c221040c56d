// @generated from tests/fixtures/schemas-misc.yaml by openapi-gen; do not edit.

pub type FreeFormTrue = serde_json::Map<String, serde_json::Value>;
