// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// GraphicalOCRStatistics
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct GraphicalOcrStatistics {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub descriptive: Option<GraphicalOcrDescriptiveStatistics> = "descriptive" optional,
    }
}
