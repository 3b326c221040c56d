// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// GraphicalOCRProcessing
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct GraphicalOcrProcessing {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub statistics: Option<GraphicalOcrStatistics> = "statistics" optional,
    }
}
