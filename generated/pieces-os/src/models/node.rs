// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// Node
///
/// This describes a node within a relationship graph used to related like types.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub id: String,
    pub type_: NodeTypeEnum,
    /// This is a boolean to let us know if this node is the root or origin of the relationship graph.
    pub root: bool,
    pub created: GroupedTimestamp,
}

crate::support::object!(Node {
    id: "id" required,
    type_: "type" required,
    root: "root" required,
    created: "created" required,
});
