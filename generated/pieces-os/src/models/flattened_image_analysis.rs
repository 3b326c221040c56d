// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// FlattenedImageAnalysis
#[derive(Debug, Clone, PartialEq)]
pub struct FlattenedImageAnalysis {
    pub schema: Option<EmbeddedModelSchema>,
    pub id: String,
    pub ocr: Option<Box<FlattenedOcrAnalysis>>,
    /// this is a reference to our (parent)analysis
    pub analysis: String,
}

crate::support::object!(FlattenedImageAnalysis {
    schema: "schema" optional,
    id: "id" required,
    ocr: "ocr" optional,
    analysis: "analysis" required,
});
