// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// TLPCodeFragmentReclassification
    ///
    /// Model for ML big query Reclassification.
    #[derive(Debug, Clone, PartialEq)]
    pub struct TlpCodeFragmentReclassification {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub asset: String = "asset" required,
        pub model: String = "model" required,
        pub created: String = "created" required,
        pub updates: TlpCodeFragmentReclassificationUpdates = "updates" required,
        /// this is the user that is reclassifying
        pub user: String = "user" required,
        /// this is the application is which this is from.
        pub context: String = "context" required,
    }
}
