// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// FlattenedWebsites
    ///
    /// This is a specific model for related websites to an asset.[DAG SAFE]
    #[derive(Debug, Clone, PartialEq)]
    pub struct FlattenedWebsites {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub iterable: Vec<ReferencedWebsite> = "iterable" required,
        /// This is a Map<String, int> where the the key is an website id.
        pub indices: Option<std::collections::BTreeMap<String, i64>> = "indices" optional,
        pub score: Option<Score> = "score" optional,
    }
}
