// @generated from tests/fixtures/relative-server.yaml by openapi-gen; do not edit.

//! Serde types for the schemas of Relative server.
