// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// FlattenedAnchors
    #[derive(Debug, Clone, PartialEq)]
    pub struct FlattenedAnchors {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub iterable: Vec<ReferencedAnchor> = "iterable" required,
        /// This is a Map<String, int> where the the key is an Anchor id.
        pub indices: Option<std::collections::BTreeMap<String, i64>> = "indices" optional,
        pub score: Option<Score> = "score" optional,
    }
}
