// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// FlattenedConversation
    ///
    /// This is a flattened version of the Convsersation for DAG-Safety.
    #[derive(Debug, Clone, PartialEq)]
    pub struct FlattenedConversation {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub id: String = "id" required,
        /// This is a name that is customized.
        pub name: Option<String> = "name" optional,
        pub created: GroupedTimestamp = "created" required,
        pub updated: GroupedTimestamp = "updated" required,
        pub deleted: Option<GroupedTimestamp> = "deleted" optional,
        pub favorited: Option<bool> = "favorited" optional,
        pub application: Option<Application> = "application" optional,
        pub annotations: Option<FlattenedAnnotations> = "annotations" optional,
        pub messages: FlattenedConversationMessages = "messages" required,
        pub model: Option<ReferencedModel> = "model" optional,
        pub assets: Option<FlattenedAssets> = "assets" optional,
        pub websites: Option<FlattenedWebsites> = "websites" optional,
        pub anchors: Option<FlattenedAnchors> = "anchors" optional,
        pub type_: ConversationTypeEnum = "type" required,
        pub grounding: Option<ConversationGrounding> = "grounding" optional,
        pub score: Option<Score> = "score" optional,
        pub pipeline: Option<QgptPromptPipeline> = "pipeline" optional,
        /// This will let us know if this conversation was generated as a 'demo' conversation
        pub demo: Option<bool> = "demo" optional,
        pub summaries: Option<FlattenedWorkstreamSummaries> = "summaries" optional,
    }
}
