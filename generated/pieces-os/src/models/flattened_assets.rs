// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// FlattenedAssets [DAG Safety]
///
/// A collection of Assets specific to the authenticated user.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FlattenedAssets {
    pub schema: Option<EmbeddedModelSchema>,
    pub iterable: Option<Vec<ReferencedAsset>>,
    /// This is a Map<String, int> where the the key is an asset id.
    pub indices: Option<std::collections::BTreeMap<String, i64>>,
    pub score: Option<Score>,
}

crate::support::object!(FlattenedAssets {
    schema: "schema" optional,
    iterable: "iterable" optional,
    indices: "indices" optional,
    score: "score" optional,
});
