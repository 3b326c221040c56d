// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// Node
    ///
    /// This describes a node within a relationship graph used to related like types.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Node {
        pub id: String = "id" required,
        pub type_: NodeTypeEnum = "type" required,
        /// This is a boolean to let us know if this node is the root or origin of the relationship graph.
        pub root: bool = "root" required,
        pub created: GroupedTimestamp = "created" required,
    }
}
