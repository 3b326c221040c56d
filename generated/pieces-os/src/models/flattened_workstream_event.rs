// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// FlattenedWorkstreamEvent
    ///
    /// This is a singular (DAG Safe) version of a WorkstreamEvent.
    #[derive(Debug, Clone, PartialEq)]
    pub struct FlattenedWorkstreamEvent {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub id: String = "id" required,
        pub score: Option<Score> = "score" optional,
        pub application: Application = "application" required,
        pub created: GroupedTimestamp = "created" required,
        pub updated: GroupedTimestamp = "updated" required,
        pub trigger: WorkstreamEventTrigger = "trigger" required,
        pub context: Option<WorkstreamEventContext> = "context" optional,
        pub summaries: Option<FlattenedWorkstreamSummaries> = "summaries" optional,
    }
}
