// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// TLPCodeFragmentClassification
///
/// Model for ML big query classification.
#[derive(Debug, Clone, PartialEq)]
pub struct TlpCodeFragmentClassification {
    pub schema: Option<EmbeddedModelSchema>,
    pub asset: String,
    pub model: String,
    pub created: String,
    pub classification: String,
    pub probability: f64,
    pub context: String,
    pub distribution: Option<String>,
    pub metadata: Option<TlpCodeFragmentClassificationMetadata>,
    /// identifier for the user
    pub user: String,
    /// this is the time it takes to run this model.
    pub latency: Option<f64>,
    pub system: Option<SystemExecutionInformation>,
}

crate::support::object!(TlpCodeFragmentClassification {
    schema: "schema" optional,
    asset: "asset" required,
    model: "model" required,
    created: "created" required,
    classification: "classification" required,
    probability: "probability" required,
    context: "context" required,
    distribution: "distribution" optional,
    metadata: "metadata" optional,
    user: "user" required,
    latency: "latency" optional,
    system: "system" optional,
});
