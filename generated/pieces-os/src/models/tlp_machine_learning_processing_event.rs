// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// TLPMachineLearningProcessingEvent
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TlpMachineLearningProcessingEvent {
    pub schema: Option<EmbeddedModelSchema>,
    pub code: Option<TlpCodeProcessing>,
}

crate::support::object!(TlpMachineLearningProcessingEvent {
    schema: "schema" optional,
    code: "code" optional,
});
