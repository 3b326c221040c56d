// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// FlattenedHints
///
/// This is the flattened Version of plural hints.
#[derive(Debug, Clone, PartialEq)]
pub struct FlattenedHints {
    pub schema: Option<EmbeddedModelSchema>,
    pub iterable: Vec<ReferencedHint>,
    /// This is a Map<String, int> where the the key is an hint id.
    pub indices: Option<std::collections::BTreeMap<String, i64>>,
    pub score: Option<Score>,
}

crate::support::object!(FlattenedHints {
    schema: "schema" optional,
    iterable: "iterable" required,
    indices: "indices" optional,
    score: "score" optional,
});
