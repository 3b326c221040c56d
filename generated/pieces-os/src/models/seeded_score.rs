// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// SeededScore
    ///
    /// This is the low level seeded score and will let us know what exactly we want to increment on our material.
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct SeededScore {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub reuse: Option<bool> = "reuse" optional,
        pub update: Option<bool> = "update" optional,
        pub reference: Option<bool> = "reference" optional,
        pub priority: Option<bool> = "priority" optional,
        pub searched: Option<bool> = "searched" optional,
    }
}
