// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// Score
    ///
    /// This is use as the score for an asset.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Score {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        /// These are points assigned via manual user driven events.
        pub manual: i64 = "manual" required,
        /// These are point assigned via automatic activity events.
        pub automatic: i64 = "automatic" required,
        pub priority: Option<i64> = "priority" optional,
        pub reuse: Option<i64> = "reuse" optional,
        pub update: Option<i64> = "update" optional,
        pub reference: Option<i64> = "reference" optional,
        pub searched: Option<i64> = "searched" optional,
    }
}
