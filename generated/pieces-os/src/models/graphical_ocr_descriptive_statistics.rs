// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

#[cfg(feature = "server")]
use crate::support::non_null;
use super::*;

/// GraphicalOCRDescriptiveStatistics
///
/// Model for monitoring and evaluating the OCR feature
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GraphicalOcrDescriptiveStatistics {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub asset: String,
    pub user: String,
    pub model: String,
    pub created: String,
    pub os: String,
    pub confidence: GraphicalOcrDescriptiveStatisticsConfidence,
    pub duration: String,
}
