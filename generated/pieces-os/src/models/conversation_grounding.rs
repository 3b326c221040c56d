// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// ConversationGrounding
    ///
    /// This is the context used for grounding the ml models with reguard to a conversation.
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct ConversationGrounding {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub messages: Option<FlattenedConversationMessages> = "messages" optional,
        pub temporal: Option<TemporalRangeGrounding> = "temporal" optional,
    }
}
