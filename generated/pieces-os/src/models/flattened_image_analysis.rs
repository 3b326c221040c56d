// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// FlattenedImageAnalysis
    #[derive(Debug, Clone, PartialEq)]
    pub struct FlattenedImageAnalysis {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub id: String = "id" required,
        pub ocr: Option<Box<FlattenedOcrAnalysis>> = "ocr" optional,
        /// this is a reference to our (parent)analysis
        pub analysis: String = "analysis" required,
    }
}
