// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// FlattenedWorkstreamEvent
///
/// This is a singular (DAG Safe) version of a WorkstreamEvent.
#[derive(Debug, Clone, PartialEq)]
pub struct FlattenedWorkstreamEvent {
    pub schema: Option<EmbeddedModelSchema>,
    pub id: String,
    pub score: Option<Score>,
    pub application: Application,
    pub created: GroupedTimestamp,
    pub updated: GroupedTimestamp,
    pub trigger: WorkstreamEventTrigger,
    pub context: Option<WorkstreamEventContext>,
    pub summaries: Option<FlattenedWorkstreamSummaries>,
}

crate::support::object!(FlattenedWorkstreamEvent {
    schema: "schema" optional,
    id: "id" required,
    score: "score" optional,
    application: "application" required,
    created: "created" required,
    updated: "updated" required,
    trigger: "trigger" required,
    context: "context" optional,
    summaries: "summaries" optional,
});
