// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// SeededTrackedMachineLearningEvent
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct SeededTrackedMachineLearningEvent {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub tlp: Option<TlpMachineLearningProcessingEvent> = "tlp" optional,
        pub graphical: Option<GraphicalMachineLearningProcessingEvent> = "graphical" optional,
    }
}
