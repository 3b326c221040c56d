// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// GraphicalMachineLearningProcessingEvent
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct GraphicalMachineLearningProcessingEvent {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub ocr: Option<GraphicalOcrProcessing> = "ocr" optional,
        pub image: Option<GraphicalImageProcessing> = "image" optional,
        pub svg: Option<GraphicalSvgStatistics> = "svg" optional,
    }
}
