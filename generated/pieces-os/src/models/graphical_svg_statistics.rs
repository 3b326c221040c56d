// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// GraphicalSVGStatistics
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GraphicalSvgStatistics {
    pub schema: Option<EmbeddedModelSchema>,
    pub id: Option<String>,
}

crate::support::object!(GraphicalSvgStatistics {
    schema: "schema" optional,
    id: "id" optional,
});
