// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// FlattenedWorkstreamEvents
    ///
    /// This is a plural (DAG Safe) version of a WorkstreamEvents.
    #[derive(Debug, Clone, PartialEq)]
    pub struct FlattenedWorkstreamEvents {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub iterable: Vec<ReferencedWorkstreamEvent> = "iterable" required,
        /// This is a Map<String, int> where the the key is an activity id.
        pub indices: Option<std::collections::BTreeMap<String, i64>> = "indices" optional,
        pub score: Option<Score> = "score" optional,
    }
}
