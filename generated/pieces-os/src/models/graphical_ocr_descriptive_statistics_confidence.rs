// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

#[derive(Debug, Clone, PartialEq)]
pub struct GraphicalOcrDescriptiveStatisticsConfidence {
    pub mean: String,
}

crate::support::object!(GraphicalOcrDescriptiveStatisticsConfidence {
    mean: "mean" required,
});
