// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

#[cfg(feature = "server")]
use crate::support::non_null;
use super::*;

/// SeededTrackedConversationEvent
///
/// This is a pre-created(seed) TrackedConversationEvent
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SeededTrackedConversationEvent {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub identifier_description_pair: TrackedConversationEventIdentifierDescriptionPairs,
    pub conversation: ReferencedConversation,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub metadata: Option<TrackedConversationEventMetadata>,
}
