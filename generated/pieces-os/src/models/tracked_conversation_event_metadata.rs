// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// TrackedConversationEventMetadata
///
/// This is the metadata for the the ConversationEvent
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TrackedConversationEventMetadata {
    pub schema: Option<EmbeddedModelSchema>,
    pub rename: Option<TrackedConversationEventRenameMetadata>,
}

crate::support::object!(TrackedConversationEventMetadata {
    schema: "schema" optional,
    rename: "rename" optional,
});
