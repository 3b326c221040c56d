// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// FlattenedRanges
///
/// This is a DAG-Safe minimal representation of many Ranges.
#[derive(Debug, Clone, PartialEq)]
pub struct FlattenedRanges {
    pub schema: Option<EmbeddedModelSchema>,
    pub iterable: Vec<ReferencedRange>,
    /// This is a Map<String, int> where the the key is an range id.
    pub indices: Option<std::collections::BTreeMap<String, i64>>,
    pub score: Option<Score>,
    pub continuous: Option<bool>,
}

crate::support::object!(FlattenedRanges {
    schema: "schema" optional,
    iterable: "iterable" required,
    indices: "indices" optional,
    score: "score" optional,
    continuous: "continuous" optional,
});
