// @generated from tests/fixtures/maps.yaml by openapi-gen; do not edit.

pub type Anything = serde_json::Value;
