// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// SeededTrackedAssetEvent
    ///
    /// This seeded tracked asset event will be recieved by a context on the OS Server side, which will then be able to look up the asset id and structure the asset for shipment to Segment aka a fully built TrackedAssetEvent
    #[derive(Debug, Clone, PartialEq)]
    pub struct SeededTrackedAssetEvent {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub asset: ReferencedAsset = "asset" required,
        pub identifier_description_pair: TrackedAssetEventIdentifierDescriptionPairs =
            "identifier_description_pair" required,
        pub metadata: Option<TrackedAssetEventMetadata> = "metadata" optional,
    }
}
