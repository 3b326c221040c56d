// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// Relationship
    ///
    /// A relationship expresses a graph of like types, to build a relationship graph.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Relationship {
        pub id: String = "id" required,
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub embeddings: Embeddings = "embeddings" required,
        pub edges: Edges = "edges" required,
        pub created: GroupedTimestamp = "created" required,
        pub updated: GroupedTimestamp = "updated" required,
        pub deleted: Option<GroupedTimestamp> = "deleted" optional,
    }
}
