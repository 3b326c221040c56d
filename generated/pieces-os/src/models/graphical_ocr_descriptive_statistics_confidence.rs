// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

crate::support::object! {
    #[derive(Debug, Clone, PartialEq)]
    pub struct GraphicalOcrDescriptiveStatisticsConfidence {
        pub mean: String = "mean" required,
    }
}
