// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// TrackedAssetsEventSearchMetadataResults
    ///
    /// Numbers related to search results
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct TrackedAssetsEventSearchMetadataResults {
        /// Total number of fuzzy results
        pub fuzzy: Option<f64> = "fuzzy" optional,
        /// Total number of exact results
        pub exact: Option<f64> = "exact" optional,
        pub assets: Option<FlattenedAssets> = "assets" optional,
        pub space: Option<Space> = "space" optional,
    }
}
