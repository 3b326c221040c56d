// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// GraphicalImageStatistics
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GraphicalImageStatistics {
    pub schema: Option<EmbeddedModelSchema>,
    pub descriptive: Option<GraphicalImageDescriptiveStatistics>,
}

crate::support::object!(GraphicalImageStatistics {
    schema: "schema" optional,
    descriptive: "descriptive" optional,
});
