// @generated from tests/fixtures/byte-parameters.yaml by openapi-gen; do not edit.

//! Serde types for the schemas of Byte parameters.

mod blob;

pub use blob::*;
