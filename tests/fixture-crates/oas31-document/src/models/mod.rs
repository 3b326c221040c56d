// @generated from tests/fixtures/oas31-document.yaml by openapi-gen; do not edit.

//! Serde types for the schemas of Document 3.1.

mod status;

pub use status::*;
