// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// FlattenedHints
    ///
    /// This is the flattened Version of plural hints.
    #[derive(Debug, Clone, PartialEq)]
    pub struct FlattenedHints {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub iterable: Vec<ReferencedHint> = "iterable" required,
        /// This is a Map<String, int> where the the key is an hint id.
        pub indices: Option<std::collections::BTreeMap<String, i64>> = "indices" optional,
        pub score: Option<Score> = "score" optional,
    }
}
