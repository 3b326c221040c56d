// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// FlattenedRange
///
/// This is a DAG-Safe minimal representation of a Range.
#[derive(Debug, Clone, PartialEq)]
pub struct FlattenedRange {
    pub schema: Option<EmbeddedModelSchema>,
    pub id: String,
    pub score: Option<Score>,
    pub created: GroupedTimestamp,
    pub updated: GroupedTimestamp,
    pub to: Option<GroupedTimestamp>,
    pub from: Option<GroupedTimestamp>,
    pub between: Option<bool>,
    pub summaries: Option<FlattenedWorkstreamSummaries>,
    pub conversations: Option<FlattenedConversations>,
}

crate::support::object!(FlattenedRange {
    schema: "schema" optional,
    id: "id" required,
    score: "score" optional,
    created: "created" required,
    updated: "updated" required,
    to: "to" optional,
    from: "from" optional,
    between: "between" optional,
    summaries: "summaries" optional,
    conversations: "conversations" optional,
});
