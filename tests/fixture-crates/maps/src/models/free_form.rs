// @generated from tests/fixtures/maps.yaml by openapi-gen; do not edit.

pub type FreeForm = serde_json::Map<String, serde_json::Value>;
