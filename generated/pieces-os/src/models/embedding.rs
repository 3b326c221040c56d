// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// Embedding
    #[derive(Debug, Clone, PartialEq)]
    pub struct Embedding {
        /// this is the raw value of the embedding
        pub raw: Vec<f64> = "raw" required,
        pub model: Model = "model" required,
        pub created: GroupedTimestamp = "created" required,
        pub updated: GroupedTimestamp = "updated" required,
        pub deleted: Option<GroupedTimestamp> = "deleted" optional,
    }
}
