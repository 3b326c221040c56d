// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// FlattenedTags
///
/// This is multiple ReferencedTags(which includes an optional FlattenedTag Model within the reference model).
#[derive(Debug, Clone, PartialEq)]
pub struct FlattenedTags {
    pub schema: Option<EmbeddedModelSchema>,
    pub iterable: Vec<ReferencedTag>,
    /// This is a Map<String, int> where the the key is an tag id.
    pub indices: Option<std::collections::BTreeMap<String, i64>>,
    pub score: Option<Score>,
}

crate::support::object!(FlattenedTags {
    schema: "schema" optional,
    iterable: "iterable" required,
    indices: "indices" optional,
    score: "score" optional,
});
