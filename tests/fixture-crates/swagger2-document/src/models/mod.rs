// @generated from tests/fixtures/swagger2-document.yaml by openapi-gen; do not edit.

//! Serde types for the schemas of Document 2.0.

mod pet;
mod error;

pub use pet::*;
pub use error::*;
