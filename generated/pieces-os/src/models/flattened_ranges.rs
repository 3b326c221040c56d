// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// FlattenedRanges
    ///
    /// This is a DAG-Safe minimal representation of many Ranges.
    #[derive(Debug, Clone, PartialEq)]
    pub struct FlattenedRanges {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub iterable: Vec<ReferencedRange> = "iterable" required,
        /// This is a Map<String, int> where the the key is an range id.
        pub indices: Option<std::collections::BTreeMap<String, i64>> = "indices" optional,
        pub score: Option<Score> = "score" optional,
        pub continuous: Option<bool> = "continuous" optional,
    }
}
