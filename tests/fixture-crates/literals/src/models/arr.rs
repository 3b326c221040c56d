// @generated from tests/fixtures/literals.yaml by openapi-gen; do not edit.

pub type Arr = serde_json::Value;
