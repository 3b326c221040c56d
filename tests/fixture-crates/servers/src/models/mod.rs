// @generated from tests/fixtures/servers.yaml by openapi-gen; do not edit.

//! Serde types for the schemas of Servers.
