// @generated from tests/fixtures/swagger2-security.yaml by openapi-gen; do not edit.

//! Serde types for the schemas of Security 2.0.
