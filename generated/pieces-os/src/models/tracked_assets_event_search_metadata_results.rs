// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// TrackedAssetsEventSearchMetadataResults
///
/// Numbers related to search results
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TrackedAssetsEventSearchMetadataResults {
    /// Total number of fuzzy results
    pub fuzzy: Option<f64>,
    /// Total number of exact results
    pub exact: Option<f64>,
    pub assets: Option<FlattenedAssets>,
    pub space: Option<Space>,
}

crate::support::object!(TrackedAssetsEventSearchMetadataResults {
    fuzzy: "fuzzy" optional,
    exact: "exact" optional,
    assets: "assets" optional,
    space: "space" optional,
});
