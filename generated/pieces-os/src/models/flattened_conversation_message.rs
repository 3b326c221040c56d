// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// FlattenedConversationMessage
    ///
    /// This is a flattened DAG safe version of a ConversationMessage.
    #[derive(Debug, Clone, PartialEq)]
    pub struct FlattenedConversationMessage {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub id: String = "id" required,
        pub created: GroupedTimestamp = "created" required,
        pub updated: GroupedTimestamp = "updated" required,
        pub deleted: Option<GroupedTimestamp> = "deleted" optional,
        pub model: Option<Model> = "model" optional,
        pub fragment: Option<FragmentFormat> = "fragment" optional,
        pub conversation: ReferencedConversation = "conversation" required,
        pub sentiment: Option<ConversationMessageSentimentEnum> = "sentiment" optional,
        pub role: QgptConversationMessageRoleEnum = "role" required,
        pub score: Option<Score> = "score" optional,
        pub annotations: Option<FlattenedAnnotations> = "annotations" optional,
        pub anchors: Option<FlattenedAnchors> = "anchors" optional,
        pub persons: Option<FlattenedPersons> = "persons" optional,
        pub websites: Option<FlattenedWebsites> = "websites" optional,
    }
}
