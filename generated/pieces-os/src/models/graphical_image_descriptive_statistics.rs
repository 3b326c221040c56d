// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// GraphicalImageDescriptiveStatistics
    ///
    /// Model for collecting descriptive statistics of images uploaded to Pieces
    #[derive(Debug, Clone, PartialEq)]
    pub struct GraphicalImageDescriptiveStatistics {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub width: String = "width" required,
        pub height: String = "height" required,
        pub channels: String = "channels" required,
        pub asset: String = "asset" required,
        pub user: Option<String> = "user" optional,
        pub created: String = "created" required,
        pub os: String = "os" required,
    }
}
