// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// TrackedConversationEventMetadata
    ///
    /// This is the metadata for the the ConversationEvent
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct TrackedConversationEventMetadata {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub rename: Option<TrackedConversationEventRenameMetadata> = "rename" optional,
    }
}
