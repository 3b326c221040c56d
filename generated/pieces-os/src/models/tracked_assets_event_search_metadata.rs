// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// TrackedAssetsEventSearchMetadata
    ///
    /// Metadata attached to a search event on an Asset
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct TrackedAssetsEventSearchMetadata {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        /// The search query itself
        pub query: Option<String> = "query" optional,
        pub results: Option<TrackedAssetsEventSearchMetadataResults> = "results" optional,
    }
}
