// @generated from tests/fixtures/multipart-parts.yaml by openapi-gen; do not edit.

//! Serde types for the schemas of Multipart parts.

/// The parts of the `multipart/form-data` body of `translateFile`.
#[derive(Debug, Clone, PartialEq)]
pub struct TranslateFileForm {
    /// Every part of the body, in order: the spec does not name them.
    pub parts: Vec<crate::FormPart>,
}
