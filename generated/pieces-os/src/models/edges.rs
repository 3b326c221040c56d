// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// Edges
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Edges {
    pub iterable: Vec<Node>,
}
