// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// GraphicalOCRDescriptiveStatistics
    ///
    /// Model for monitoring and evaluating the OCR feature
    #[derive(Debug, Clone, PartialEq)]
    pub struct GraphicalOcrDescriptiveStatistics {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub asset: String = "asset" required,
        pub user: String = "user" required,
        pub model: String = "model" required,
        pub created: String = "created" required,
        pub os: String = "os" required,
        pub confidence: GraphicalOcrDescriptiveStatisticsConfidence = "confidence" required,
        pub duration: String = "duration" required,
    }
}
