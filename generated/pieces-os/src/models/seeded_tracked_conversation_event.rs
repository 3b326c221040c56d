// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// SeededTrackedConversationEvent
    ///
    /// This is a pre-created(seed) TrackedConversationEvent
    #[derive(Debug, Clone, PartialEq)]
    pub struct SeededTrackedConversationEvent {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub identifier_description_pair: TrackedConversationEventIdentifierDescriptionPairs =
            "identifier_description_pair" required,
        pub conversation: ReferencedConversation = "conversation" required,
        pub metadata: Option<TrackedConversationEventMetadata> = "metadata" optional,
    }
}
