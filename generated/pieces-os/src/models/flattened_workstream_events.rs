// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// FlattenedWorkstreamEvents
///
/// This is a plural (DAG Safe) version of a WorkstreamEvents.
#[derive(Debug, Clone, PartialEq)]
pub struct FlattenedWorkstreamEvents {
    pub schema: Option<EmbeddedModelSchema>,
    pub iterable: Vec<ReferencedWorkstreamEvent>,
    /// This is a Map<String, int> where the the key is an activity id.
    pub indices: Option<std::collections::BTreeMap<String, i64>>,
    pub score: Option<Score>,
}

crate::support::object!(FlattenedWorkstreamEvents {
    schema: "schema" optional,
    iterable: "iterable" required,
    indices: "indices" optional,
    score: "score" optional,
});
