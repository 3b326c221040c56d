// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// SeededTrackedMachineLearningEvent
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SeededTrackedMachineLearningEvent {
    pub schema: Option<EmbeddedModelSchema>,
    pub tlp: Option<TlpMachineLearningProcessingEvent>,
    pub graphical: Option<GraphicalMachineLearningProcessingEvent>,
}

crate::support::object!(SeededTrackedMachineLearningEvent {
    schema: "schema" optional,
    tlp: "tlp" optional,
    graphical: "graphical" optional,
});
