// @generated from tests/fixtures/swagger2-collection-formats.yaml by openapi-gen; do not edit.

//! Serde types for the schemas of Collection formats 2.0.
