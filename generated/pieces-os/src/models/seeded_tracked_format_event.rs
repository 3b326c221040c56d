// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// SeededTrackedFormatEvent
///
/// Again this is a model designed to be sent over to a context server to be built and then sent along to segment.
#[derive(Debug, Clone, PartialEq)]
pub struct SeededTrackedFormatEvent {
    pub schema: Option<EmbeddedModelSchema>,
    pub identifier_description_pair: TrackedFormatEventIdentifierDescriptionPairs,
    pub format: ReferencedFormat,
    pub metadata: Option<TrackedFormatEventMetadata>,
}

crate::support::object!(SeededTrackedFormatEvent {
    schema: "schema" optional,
    identifier_description_pair: "identifier_description_pair" required,
    format: "format" required,
    metadata: "metadata" optional,
});
