// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// SeededTrackedAssetsEvent
///
/// An seeded event model that can occur at the assets level i.e. search
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SeededTrackedAssetsEvent {
    pub schema: Option<EmbeddedModelSchema>,
    pub identifier_description_pair: Option<
        TrackedAssetsEventIdentifierDescriptionPairs,
    >,
    pub metadata: Option<SeededTrackedAssetsEventMetadata>,
}

crate::support::object!(SeededTrackedAssetsEvent {
    schema: "schema" optional,
    identifier_description_pair: "identifier_description_pair" optional,
    metadata: "metadata" optional,
});
