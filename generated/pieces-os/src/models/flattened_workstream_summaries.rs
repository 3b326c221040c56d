// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// FlattenedWorkstreamSummaries
    ///
    /// This is a DAG-Safe plural model of workstreamsummaries
    #[derive(Debug, Clone, PartialEq)]
    pub struct FlattenedWorkstreamSummaries {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub iterable: Vec<ReferencedWorkstreamSummary> = "iterable" required,
        /// This is a Map<String, int> where the the key is an summary id.
        pub indices: Option<std::collections::BTreeMap<String, i64>> = "indices" optional,
        pub score: Option<Score> = "score" optional,
    }
}
