// @generated from tests/fixtures/literals.yaml by openapi-gen; do not edit.

pub type Map = serde_json::Value;
