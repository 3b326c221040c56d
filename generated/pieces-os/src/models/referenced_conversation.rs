// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// ReferencedConversation
///
/// This is a DAG-Safe Minimal version of a Conversation.
#[derive(Debug, Clone, PartialEq)]
pub struct ReferencedConversation {
    pub schema: Option<EmbeddedModelSchema>,
    pub id: String,
    pub reference: Option<FlattenedConversation>,
}

crate::support::object!(ReferencedConversation {
    schema: "schema" optional,
    id: "id" required,
    reference: "reference" optional,
});
