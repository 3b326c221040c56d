// @generated from tests/fixtures/literals.yaml by openapi-gen; do not edit.

pub type It = serde_json::Value;
