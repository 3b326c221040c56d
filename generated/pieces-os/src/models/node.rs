// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// Node
///
/// This describes a node within a relationship graph used to related like types.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Node {
    pub id: String,
    #[serde(rename = "type")]
    pub type_: NodeTypeEnum,
    /// This is a boolean to let us know if this node is the root or origin of the relationship graph.
    pub root: bool,
    pub created: GroupedTimestamp,
}
