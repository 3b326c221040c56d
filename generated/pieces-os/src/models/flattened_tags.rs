// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// FlattenedTags
    ///
    /// This is multiple ReferencedTags(which includes an optional FlattenedTag Model within the reference model).
    #[derive(Debug, Clone, PartialEq)]
    pub struct FlattenedTags {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub iterable: Vec<ReferencedTag> = "iterable" required,
        /// This is a Map<String, int> where the the key is an tag id.
        pub indices: Option<std::collections::BTreeMap<String, i64>> = "indices" optional,
        pub score: Option<Score> = "score" optional,
    }
}
