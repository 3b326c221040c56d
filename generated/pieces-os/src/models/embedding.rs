// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// Embedding
#[derive(Debug, Clone, PartialEq)]
pub struct Embedding {
    /// this is the raw value of the embedding
    pub raw: Vec<f64>,
    pub model: Model,
    pub created: GroupedTimestamp,
    pub updated: GroupedTimestamp,
    pub deleted: Option<GroupedTimestamp>,
}

crate::support::object!(Embedding {
    raw: "raw" required,
    model: "model" required,
    created: "created" required,
    updated: "updated" required,
    deleted: "deleted" optional,
});
