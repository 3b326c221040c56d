// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// TLPCodeFragmentClassification
    ///
    /// Model for ML big query classification.
    #[derive(Debug, Clone, PartialEq)]
    pub struct TlpCodeFragmentClassification {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub asset: String = "asset" required,
        pub model: String = "model" required,
        pub created: String = "created" required,
        pub classification: String = "classification" required,
        pub probability: f64 = "probability" required,
        pub context: String = "context" required,
        pub distribution: Option<String> = "distribution" optional,
        pub metadata: Option<TlpCodeFragmentClassificationMetadata> = "metadata" optional,
        /// identifier for the user
        pub user: String = "user" required,
        /// this is the time it takes to run this model.
        pub latency: Option<f64> = "latency" optional,
        pub system: Option<SystemExecutionInformation> = "system" optional,
    }
}
