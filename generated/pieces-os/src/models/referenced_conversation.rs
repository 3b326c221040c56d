// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// ReferencedConversation
    ///
    /// This is a DAG-Safe Minimal version of a Conversation.
    #[derive(Debug, Clone, PartialEq)]
    pub struct ReferencedConversation {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub id: String = "id" required,
        pub reference: Option<FlattenedConversation> = "reference" optional,
    }
}
