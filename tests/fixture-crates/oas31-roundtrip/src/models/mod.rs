// @generated from tests/fixtures/oas31-roundtrip.yaml by openapi-gen; do not edit.

//! Serde types for the schemas of Round trip 3.1.

mod note;
mod attachment;

pub use note::*;
pub use attachment::*;

/// The parts of the `multipart/form-data` body of `attach`.
#[derive(Debug, Clone, PartialEq)]
pub struct AttachForm {
    pub file: bytes::Bytes,
    pub caption: Option<String>,
}
