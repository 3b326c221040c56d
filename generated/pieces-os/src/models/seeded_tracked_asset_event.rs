// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// SeededTrackedAssetEvent
///
/// This seeded tracked asset event will be recieved by a context on the OS Server side, which will then be able to look up the asset id and structure the asset for shipment to Segment aka a fully built TrackedAssetEvent
#[derive(Debug, Clone, PartialEq)]
pub struct SeededTrackedAssetEvent {
    pub schema: Option<EmbeddedModelSchema>,
    pub asset: ReferencedAsset,
    pub identifier_description_pair: TrackedAssetEventIdentifierDescriptionPairs,
    pub metadata: Option<TrackedAssetEventMetadata>,
}

crate::support::object!(SeededTrackedAssetEvent {
    schema: "schema" optional,
    asset: "asset" required,
    identifier_description_pair: "identifier_description_pair" required,
    metadata: "metadata" optional,
});
