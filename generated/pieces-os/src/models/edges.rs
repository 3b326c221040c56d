// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// Edges
#[derive(Debug, Clone, PartialEq)]
pub struct Edges {
    pub iterable: Vec<Node>,
}

crate::support::object!(Edges {
    iterable: "iterable" required,
});
