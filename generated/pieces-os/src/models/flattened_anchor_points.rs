// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// FlattenedAnchorPoints
#[derive(Debug, Clone, PartialEq)]
pub struct FlattenedAnchorPoints {
    pub schema: Option<EmbeddedModelSchema>,
    pub iterable: Vec<ReferencedAnchorPoint>,
    /// This is a Map<String, int> where the the key is an AnchorPoint id.
    pub indices: Option<std::collections::BTreeMap<String, i64>>,
    pub score: Option<Score>,
}

crate::support::object!(FlattenedAnchorPoints {
    schema: "schema" optional,
    iterable: "iterable" required,
    indices: "indices" optional,
    score: "score" optional,
});
