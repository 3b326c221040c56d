// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// TLPCodeFragmentDescriptiveStatistics
    ///
    /// Model for ML big query Data collection.
    #[derive(Debug, Clone, PartialEq)]
    pub struct TlpCodeFragmentDescriptiveStatistics {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub user: String = "user" required,
        pub os: String = "os" required,
        pub language: String = "language" required,
        pub length: f64 = "length" required,
        pub ast: String = "ast" required,
        pub timestamp: String = "timestamp" required,
        pub asset: String = "asset" required,
        /// this is the application in which this was created from.
        pub context: String = "context" required,
        /// this is the value of the snippet
        pub snippet: String = "snippet" required,
    }
}
