// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// FlattenedAnchorPoints
    #[derive(Debug, Clone, PartialEq)]
    pub struct FlattenedAnchorPoints {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub iterable: Vec<ReferencedAnchorPoint> = "iterable" required,
        /// This is a Map<String, int> where the the key is an AnchorPoint id.
        pub indices: Option<std::collections::BTreeMap<String, i64>> = "indices" optional,
        pub score: Option<Score> = "score" optional,
    }
}
