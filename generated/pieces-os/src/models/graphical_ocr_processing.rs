// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// GraphicalOCRProcessing
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GraphicalOcrProcessing {
    pub schema: Option<EmbeddedModelSchema>,
    pub statistics: Option<GraphicalOcrStatistics>,
}

crate::support::object!(GraphicalOcrProcessing {
    schema: "schema" optional,
    statistics: "statistics" optional,
});
