// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// GraphicalOCRStatistics
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GraphicalOcrStatistics {
    pub schema: Option<EmbeddedModelSchema>,
    pub descriptive: Option<GraphicalOcrDescriptiveStatistics>,
}

crate::support::object!(GraphicalOcrStatistics {
    schema: "schema" optional,
    descriptive: "descriptive" optional,
});
