// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// TLPCodeFragmentSuggestedSave
    ///
    /// Model for monitoring and evaluating the suggested save feature
    #[derive(Debug, Clone, PartialEq)]
    pub struct TlpCodeFragmentSuggestedSave {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub asset: String = "asset" required,
        pub user: String = "user" required,
        pub model: String = "model" required,
        pub created: String = "created" required,
        pub os: String = "os" required,
        /// context from where suggestion came from
        pub context: Option<String> = "context" optional,
        /// maximum similarity score
        pub score: Option<f64> = "score" optional,
        /// number of candidates
        pub candidates: Option<i64> = "candidates" optional,
    }
}
