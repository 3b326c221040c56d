// @generated from tests/fixtures/literal-segments.yaml by openapi-gen; do not edit.

//! Serde types for the schemas of Literal segments.
