// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// FlattenedWebsites
///
/// This is a specific model for related websites to an asset.[DAG SAFE]
#[derive(Debug, Clone, PartialEq)]
pub struct FlattenedWebsites {
    pub schema: Option<EmbeddedModelSchema>,
    pub iterable: Vec<ReferencedWebsite>,
    /// This is a Map<String, int> where the the key is an website id.
    pub indices: Option<std::collections::BTreeMap<String, i64>>,
    pub score: Option<Score>,
}

crate::support::object!(FlattenedWebsites {
    schema: "schema" optional,
    iterable: "iterable" required,
    indices: "indices" optional,
    score: "score" optional,
});
