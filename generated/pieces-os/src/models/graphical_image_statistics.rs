// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// GraphicalImageStatistics
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct GraphicalImageStatistics {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub descriptive: Option<GraphicalImageDescriptiveStatistics> = "descriptive" optional,
    }
}
