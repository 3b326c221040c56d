// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// FlattenedConversation
///
/// This is a flattened version of the Convsersation for DAG-Safety.
#[derive(Debug, Clone, PartialEq)]
pub struct FlattenedConversation {
    pub schema: Option<EmbeddedModelSchema>,
    pub id: String,
    /// This is a name that is customized.
    pub name: Option<String>,
    pub created: GroupedTimestamp,
    pub updated: GroupedTimestamp,
    pub deleted: Option<GroupedTimestamp>,
    pub favorited: Option<bool>,
    pub application: Option<Application>,
    pub annotations: Option<FlattenedAnnotations>,
    pub messages: FlattenedConversationMessages,
    pub model: Option<ReferencedModel>,
    pub assets: Option<FlattenedAssets>,
    pub websites: Option<FlattenedWebsites>,
    pub anchors: Option<FlattenedAnchors>,
    pub type_: ConversationTypeEnum,
    pub grounding: Option<ConversationGrounding>,
    pub score: Option<Score>,
    pub pipeline: Option<QgptPromptPipeline>,
    /// This will let us know if this conversation was generated as a 'demo' conversation
    pub demo: Option<bool>,
    pub summaries: Option<FlattenedWorkstreamSummaries>,
}

crate::support::object!(FlattenedConversation {
    schema: "schema" optional,
    id: "id" required,
    name: "name" optional,
    created: "created" required,
    updated: "updated" required,
    deleted: "deleted" optional,
    favorited: "favorited" optional,
    application: "application" optional,
    annotations: "annotations" optional,
    messages: "messages" required,
    model: "model" optional,
    assets: "assets" optional,
    websites: "websites" optional,
    anchors: "anchors" optional,
    type_: "type" required,
    grounding: "grounding" optional,
    score: "score" optional,
    pipeline: "pipeline" optional,
    demo: "demo" optional,
    summaries: "summaries" optional,
});
