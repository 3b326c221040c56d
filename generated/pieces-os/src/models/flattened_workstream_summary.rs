// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// FlattenedWorkstreamSummary
    ///
    /// This is a DAG-Safe minimal representation of a workstream summary
    #[derive(Debug, Clone, PartialEq)]
    pub struct FlattenedWorkstreamSummary {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub id: String = "id" required,
        pub score: Option<Score> = "score" optional,
        pub created: GroupedTimestamp = "created" required,
        pub updated: GroupedTimestamp = "updated" required,
        pub events: Option<FlattenedWorkstreamEvents> = "events" optional,
        pub name: String = "name" required,
        pub annotations: Option<FlattenedAnnotations> = "annotations" optional,
        pub ranges: Option<FlattenedRanges> = "ranges" optional,
        pub model: Model = "model" required,
        pub websites: Option<FlattenedWebsites> = "websites" optional,
        pub anchors: Option<FlattenedAnchors> = "anchors" optional,
        pub assets: Option<FlattenedAssets> = "assets" optional,
        pub conversations: Option<FlattenedConversations> = "conversations" optional,
        pub persons: Option<FlattenedPersons> = "persons" optional,
        pub applications: Option<Applications> = "applications" optional,
        /// Required by the schema, which does not describe `range`: any value it allows.
        pub range: serde_json::Value = "range" required,
    }
}
