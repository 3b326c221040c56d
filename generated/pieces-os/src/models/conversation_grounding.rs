// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// ConversationGrounding
///
/// This is the context used for grounding the ml models with reguard to a conversation.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ConversationGrounding {
    pub schema: Option<EmbeddedModelSchema>,
    pub messages: Option<FlattenedConversationMessages>,
    pub temporal: Option<TemporalRangeGrounding>,
}

crate::support::object!(ConversationGrounding {
    schema: "schema" optional,
    messages: "messages" optional,
    temporal: "temporal" optional,
});
