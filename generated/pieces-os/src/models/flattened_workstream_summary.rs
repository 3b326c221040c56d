// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// FlattenedWorkstreamSummary
///
/// This is a DAG-Safe minimal representation of a workstream summary
#[derive(Debug, Clone, PartialEq)]
pub struct FlattenedWorkstreamSummary {
    pub schema: Option<EmbeddedModelSchema>,
    pub id: String,
    pub score: Option<Score>,
    pub created: GroupedTimestamp,
    pub updated: GroupedTimestamp,
    pub events: Option<FlattenedWorkstreamEvents>,
    pub name: String,
    pub annotations: Option<FlattenedAnnotations>,
    pub ranges: Option<FlattenedRanges>,
    pub model: Model,
    pub websites: Option<FlattenedWebsites>,
    pub anchors: Option<FlattenedAnchors>,
    pub assets: Option<FlattenedAssets>,
    pub conversations: Option<FlattenedConversations>,
    pub persons: Option<FlattenedPersons>,
    pub applications: Option<Applications>,
    /// Required by the schema, which does not describe `range`: any value it allows.
    pub range: serde_json::Value,
}

crate::support::object!(FlattenedWorkstreamSummary {
    schema: "schema" optional,
    id: "id" required,
    score: "score" optional,
    created: "created" required,
    updated: "updated" required,
    events: "events" optional,
    name: "name" required,
    annotations: "annotations" optional,
    ranges: "ranges" optional,
    model: "model" required,
    websites: "websites" optional,
    anchors: "anchors" optional,
    assets: "assets" optional,
    conversations: "conversations" optional,
    persons: "persons" optional,
    applications: "applications" optional,
    range: "range" required,
});
