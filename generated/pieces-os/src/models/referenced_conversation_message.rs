// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// ReferencedConversationMessage
    ///
    /// This is a DAG-Safe Minimal version of a ConversationMessage.
    #[derive(Debug, Clone, PartialEq)]
    pub struct ReferencedConversationMessage {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub id: String = "id" required,
        pub reference: Option<FlattenedConversationMessage> = "reference" optional,
    }
}
