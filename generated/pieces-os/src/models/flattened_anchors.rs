// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// FlattenedAnchors
#[derive(Debug, Clone, PartialEq)]
pub struct FlattenedAnchors {
    pub schema: Option<EmbeddedModelSchema>,
    pub iterable: Vec<ReferencedAnchor>,
    /// This is a Map<String, int> where the the key is an Anchor id.
    pub indices: Option<std::collections::BTreeMap<String, i64>>,
    pub score: Option<Score>,
}

crate::support::object!(FlattenedAnchors {
    schema: "schema" optional,
    iterable: "iterable" required,
    indices: "indices" optional,
    score: "score" optional,
});
