// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// FlattenedAssets [DAG Safety]
    ///
    /// A collection of Assets specific to the authenticated user.
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct FlattenedAssets {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub iterable: Option<Vec<ReferencedAsset>> = "iterable" optional,
        /// This is a Map<String, int> where the the key is an asset id.
        pub indices: Option<std::collections::BTreeMap<String, i64>> = "indices" optional,
        pub score: Option<Score> = "score" optional,
    }
}
