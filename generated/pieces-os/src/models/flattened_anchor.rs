// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// FlattenedAnchor
#[derive(Debug, Clone, PartialEq)]
pub struct FlattenedAnchor {
    pub schema: Option<EmbeddedModelSchema>,
    pub id: String,
    pub type_: AnchorTypeEnum,
    pub watch: Option<bool>,
    pub points: FlattenedAnchorPoints,
    pub created: GroupedTimestamp,
    pub updated: GroupedTimestamp,
    pub deleted: Option<GroupedTimestamp>,
    pub assets: Option<FlattenedAssets>,
    pub name: Option<String>,
    pub annotations: Option<FlattenedAnnotations>,
    pub conversations: Option<FlattenedConversations>,
    pub score: Option<Score>,
    pub summaries: Option<FlattenedWorkstreamSummaries>,
    pub persons: Option<FlattenedPersons>,
    pub messages: Option<FlattenedConversationMessages>,
    /// Required by the schema, which does not describe `text`: any value it allows.
    pub text: serde_json::Value,
}

crate::support::object!(FlattenedAnchor {
    schema: "schema" optional,
    id: "id" required,
    type_: "type" required,
    watch: "watch" optional,
    points: "points" required,
    created: "created" required,
    updated: "updated" required,
    deleted: "deleted" optional,
    assets: "assets" optional,
    name: "name" optional,
    annotations: "annotations" optional,
    conversations: "conversations" optional,
    score: "score" optional,
    summaries: "summaries" optional,
    persons: "persons" optional,
    messages: "messages" optional,
    text: "text" required,
});
