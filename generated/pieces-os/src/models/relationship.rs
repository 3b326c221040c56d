// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// Relationship
///
/// A relationship expresses a graph of like types, to build a relationship graph.
#[derive(Debug, Clone, PartialEq)]
pub struct Relationship {
    pub id: String,
    pub schema: Option<EmbeddedModelSchema>,
    pub embeddings: Embeddings,
    pub edges: Edges,
    pub created: GroupedTimestamp,
    pub updated: GroupedTimestamp,
    pub deleted: Option<GroupedTimestamp>,
}

crate::support::object!(Relationship {
    id: "id" required,
    schema: "schema" optional,
    embeddings: "embeddings" required,
    edges: "edges" required,
    created: "created" required,
    updated: "updated" required,
    deleted: "deleted" optional,
});
