// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// SeededTrackedConversationEvent
///
/// This is a pre-created(seed) TrackedConversationEvent
#[derive(Debug, Clone, PartialEq)]
pub struct SeededTrackedConversationEvent {
    pub schema: Option<EmbeddedModelSchema>,
    pub identifier_description_pair: TrackedConversationEventIdentifierDescriptionPairs,
    pub conversation: ReferencedConversation,
    pub metadata: Option<TrackedConversationEventMetadata>,
}

crate::support::object!(SeededTrackedConversationEvent {
    schema: "schema" optional,
    identifier_description_pair: "identifier_description_pair" required,
    conversation: "conversation" required,
    metadata: "metadata" optional,
});
