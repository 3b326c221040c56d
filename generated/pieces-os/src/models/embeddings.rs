// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// Embeddings
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Embeddings {
    pub iterable: Vec<Embedding>,
}
