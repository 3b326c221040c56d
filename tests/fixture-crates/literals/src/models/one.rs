// @generated from tests/fixtures/literals.yaml by openapi-gen; do not edit.

pub type One = serde_json::Value;
