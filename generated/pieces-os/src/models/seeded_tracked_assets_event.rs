// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// SeededTrackedAssetsEvent
    ///
    /// An seeded event model that can occur at the assets level i.e. search
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct SeededTrackedAssetsEvent {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub identifier_description_pair: Option<TrackedAssetsEventIdentifierDescriptionPairs> =
            "identifier_description_pair" optional,
        pub metadata: Option<SeededTrackedAssetsEventMetadata> = "metadata" optional,
    }
}
