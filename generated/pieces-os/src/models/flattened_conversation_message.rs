// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// FlattenedConversationMessage
///
/// This is a flattened DAG safe version of a ConversationMessage.
#[derive(Debug, Clone, PartialEq)]
pub struct FlattenedConversationMessage {
    pub schema: Option<EmbeddedModelSchema>,
    pub id: String,
    pub created: GroupedTimestamp,
    pub updated: GroupedTimestamp,
    pub deleted: Option<GroupedTimestamp>,
    pub model: Option<Model>,
    pub fragment: Option<FragmentFormat>,
    pub conversation: ReferencedConversation,
    pub sentiment: Option<ConversationMessageSentimentEnum>,
    pub role: QgptConversationMessageRoleEnum,
    pub score: Option<Score>,
    pub annotations: Option<FlattenedAnnotations>,
    pub anchors: Option<FlattenedAnchors>,
    pub persons: Option<FlattenedPersons>,
    pub websites: Option<FlattenedWebsites>,
}

crate::support::object!(FlattenedConversationMessage {
    schema: "schema" optional,
    id: "id" required,
    created: "created" required,
    updated: "updated" required,
    deleted: "deleted" optional,
    model: "model" optional,
    fragment: "fragment" optional,
    conversation: "conversation" required,
    sentiment: "sentiment" optional,
    role: "role" required,
    score: "score" optional,
    annotations: "annotations" optional,
    anchors: "anchors" optional,
    persons: "persons" optional,
    websites: "websites" optional,
});
