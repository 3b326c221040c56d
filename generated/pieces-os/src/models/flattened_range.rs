// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// FlattenedRange
    ///
    /// This is a DAG-Safe minimal representation of a Range.
    #[derive(Debug, Clone, PartialEq)]
    pub struct FlattenedRange {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub id: String = "id" required,
        pub score: Option<Score> = "score" optional,
        pub created: GroupedTimestamp = "created" required,
        pub updated: GroupedTimestamp = "updated" required,
        pub to: Option<GroupedTimestamp> = "to" optional,
        pub from: Option<GroupedTimestamp> = "from" optional,
        pub between: Option<bool> = "between" optional,
        pub summaries: Option<FlattenedWorkstreamSummaries> = "summaries" optional,
        pub conversations: Option<FlattenedConversations> = "conversations" optional,
    }
}
