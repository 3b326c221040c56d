// @generated from tests/fixtures/no-servers.yaml by openapi-gen; do not edit.

//! Serde types for the schemas of No servers.
