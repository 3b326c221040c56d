// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// FlattenedWorkstreamSummaries
///
/// This is a DAG-Safe plural model of workstreamsummaries
#[derive(Debug, Clone, PartialEq)]
pub struct FlattenedWorkstreamSummaries {
    pub schema: Option<EmbeddedModelSchema>,
    pub iterable: Vec<ReferencedWorkstreamSummary>,
    /// This is a Map<String, int> where the the key is an summary id.
    pub indices: Option<std::collections::BTreeMap<String, i64>>,
    pub score: Option<Score>,
}

crate::support::object!(FlattenedWorkstreamSummaries {
    schema: "schema" optional,
    iterable: "iterable" required,
    indices: "indices" optional,
    score: "score" optional,
});
