// @generated from tests/fixtures/security.yaml by openapi-gen; do not edit.

//! Serde types for the schemas of Security.
