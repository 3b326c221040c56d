// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// Embeddings
#[derive(Debug, Clone, PartialEq)]
pub struct Embeddings {
    pub iterable: Vec<Embedding>,
}

crate::support::object!(Embeddings {
    iterable: "iterable" required,
});
