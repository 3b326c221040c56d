// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// SeededTrackedFormatEvent
    ///
    /// Again this is a model designed to be sent over to a context server to be built and then sent along to segment.
    #[derive(Debug, Clone, PartialEq)]
    pub struct SeededTrackedFormatEvent {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub identifier_description_pair: TrackedFormatEventIdentifierDescriptionPairs =
            "identifier_description_pair" required,
        pub format: ReferencedFormat = "format" required,
        pub metadata: Option<TrackedFormatEventMetadata> = "metadata" optional,
    }
}
