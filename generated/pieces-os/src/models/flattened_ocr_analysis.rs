// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// FlattenedOCRAnalysis
    ///
    /// [DAG Safe] Ocr Analysis that will reference FlattenedFormats.
    #[derive(Debug, Clone, PartialEq)]
    pub struct FlattenedOcrAnalysis {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub id: String = "id" required,
        pub raw: Box<ReferencedFormat> = "raw" required,
        pub hocr: Box<ReferencedFormat> = "hocr" required,
        pub model: Model = "model" required,
        /// this is a refernece to the image analysis.
        pub image: String = "image" required,
    }
}
