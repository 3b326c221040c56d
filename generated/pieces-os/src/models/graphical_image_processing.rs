// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// GraphicalImageProcessing
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct GraphicalImageProcessing {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub statistics: Option<GraphicalImageStatistics> = "statistics" optional,
    }
}
