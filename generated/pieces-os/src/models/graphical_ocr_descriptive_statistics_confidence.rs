// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GraphicalOcrDescriptiveStatisticsConfidence {
    pub mean: String,
}
