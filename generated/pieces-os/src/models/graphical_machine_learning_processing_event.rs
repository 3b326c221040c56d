// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// GraphicalMachineLearningProcessingEvent
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GraphicalMachineLearningProcessingEvent {
    pub schema: Option<EmbeddedModelSchema>,
    pub ocr: Option<GraphicalOcrProcessing>,
    pub image: Option<GraphicalImageProcessing>,
    pub svg: Option<GraphicalSvgStatistics>,
}

crate::support::object!(GraphicalMachineLearningProcessingEvent {
    schema: "schema" optional,
    ocr: "ocr" optional,
    image: "image" optional,
    svg: "svg" optional,
});
