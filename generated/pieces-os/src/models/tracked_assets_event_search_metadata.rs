// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// TrackedAssetsEventSearchMetadata
///
/// Metadata attached to a search event on an Asset
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TrackedAssetsEventSearchMetadata {
    pub schema: Option<EmbeddedModelSchema>,
    /// The search query itself
    pub query: Option<String>,
    pub results: Option<TrackedAssetsEventSearchMetadataResults>,
}

crate::support::object!(TrackedAssetsEventSearchMetadata {
    schema: "schema" optional,
    query: "query" optional,
    results: "results" optional,
});
