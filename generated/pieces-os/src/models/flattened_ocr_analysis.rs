// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// FlattenedOCRAnalysis
///
/// [DAG Safe] Ocr Analysis that will reference FlattenedFormats.
#[derive(Debug, Clone, PartialEq)]
pub struct FlattenedOcrAnalysis {
    pub schema: Option<EmbeddedModelSchema>,
    pub id: String,
    pub raw: Box<ReferencedFormat>,
    pub hocr: Box<ReferencedFormat>,
    pub model: Model,
    /// this is a refernece to the image analysis.
    pub image: String,
}

crate::support::object!(FlattenedOcrAnalysis {
    schema: "schema" optional,
    id: "id" required,
    raw: "raw" required,
    hocr: "hocr" required,
    model: "model" required,
    image: "image" required,
});
