// @generated from tests/fixtures/path-queries.yaml by openapi-gen; do not edit.

//! Serde types for the schemas of Path queries.
