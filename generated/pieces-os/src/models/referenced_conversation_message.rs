// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// ReferencedConversationMessage
///
/// This is a DAG-Safe Minimal version of a ConversationMessage.
#[derive(Debug, Clone, PartialEq)]
pub struct ReferencedConversationMessage {
    pub schema: Option<EmbeddedModelSchema>,
    pub id: String,
    pub reference: Option<FlattenedConversationMessage>,
}

crate::support::object!(ReferencedConversationMessage {
    schema: "schema" optional,
    id: "id" required,
    reference: "reference" optional,
});
