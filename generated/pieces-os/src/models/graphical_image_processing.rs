// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// GraphicalImageProcessing
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GraphicalImageProcessing {
    pub schema: Option<EmbeddedModelSchema>,
    pub statistics: Option<GraphicalImageStatistics>,
}

crate::support::object!(GraphicalImageProcessing {
    schema: "schema" optional,
    statistics: "statistics" optional,
});
