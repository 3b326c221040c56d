// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// Embeddings
    #[derive(Debug, Clone, PartialEq)]
    pub struct Embeddings {
        pub iterable: Vec<Embedding> = "iterable" required,
    }
}
