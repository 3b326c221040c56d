// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// GraphicalImageDescriptiveStatistics
///
/// Model for collecting descriptive statistics of images uploaded to Pieces
#[derive(Debug, Clone, PartialEq)]
pub struct GraphicalImageDescriptiveStatistics {
    pub schema: Option<EmbeddedModelSchema>,
    pub width: String,
    pub height: String,
    pub channels: String,
    pub asset: String,
    pub user: Option<String>,
    pub created: String,
    pub os: String,
}

crate::support::object!(GraphicalImageDescriptiveStatistics {
    schema: "schema" optional,
    width: "width" required,
    height: "height" required,
    channels: "channels" required,
    asset: "asset" required,
    user: "user" optional,
    created: "created" required,
    os: "os" required,
});
