// @generated from tests/fixtures/oas31-binary.yaml by openapi-gen; do not edit.

//! Serde types for the schemas of Binary 3.1.

mod stored;

pub use stored::*;

/// The parts of the `multipart/form-data` body of `uploadFile`.
#[derive(Debug, Clone, PartialEq)]
pub struct UploadFileForm {
    pub file: bytes::Bytes,
    pub label: Option<String>,
}
