// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// FlattenedAnchor
    #[derive(Debug, Clone, PartialEq)]
    pub struct FlattenedAnchor {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub id: String = "id" required,
        pub type_: AnchorTypeEnum = "type" required,
        pub watch: Option<bool> = "watch" optional,
        pub points: FlattenedAnchorPoints = "points" required,
        pub created: GroupedTimestamp = "created" required,
        pub updated: GroupedTimestamp = "updated" required,
        pub deleted: Option<GroupedTimestamp> = "deleted" optional,
        pub assets: Option<FlattenedAssets> = "assets" optional,
        pub name: Option<String> = "name" optional,
        pub annotations: Option<FlattenedAnnotations> = "annotations" optional,
        pub conversations: Option<FlattenedConversations> = "conversations" optional,
        pub score: Option<Score> = "score" optional,
        pub summaries: Option<FlattenedWorkstreamSummaries> = "summaries" optional,
        pub persons: Option<FlattenedPersons> = "persons" optional,
        pub messages: Option<FlattenedConversationMessages> = "messages" optional,
        /// Required by the schema, which does not describe `text`: any value it allows.
        pub text: serde_json::Value = "text" required,
    }
}
