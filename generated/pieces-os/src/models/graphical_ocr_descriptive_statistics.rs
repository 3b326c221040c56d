// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// GraphicalOCRDescriptiveStatistics
///
/// Model for monitoring and evaluating the OCR feature
#[derive(Debug, Clone, PartialEq)]
pub struct GraphicalOcrDescriptiveStatistics {
    pub schema: Option<EmbeddedModelSchema>,
    pub asset: String,
    pub user: String,
    pub model: String,
    pub created: String,
    pub os: String,
    pub confidence: GraphicalOcrDescriptiveStatisticsConfidence,
    pub duration: String,
}

crate::support::object!(GraphicalOcrDescriptiveStatistics {
    schema: "schema" optional,
    asset: "asset" required,
    user: "user" required,
    model: "model" required,
    created: "created" required,
    os: "os" required,
    confidence: "confidence" required,
    duration: "duration" required,
});
