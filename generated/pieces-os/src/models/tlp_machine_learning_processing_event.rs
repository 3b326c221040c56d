// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// TLPMachineLearningProcessingEvent
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct TlpMachineLearningProcessingEvent {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub code: Option<TlpCodeProcessing> = "code" optional,
    }
}
