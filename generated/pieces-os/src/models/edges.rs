// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// Edges
    #[derive(Debug, Clone, PartialEq)]
    pub struct Edges {
        pub iterable: Vec<Node> = "iterable" required,
    }
}
