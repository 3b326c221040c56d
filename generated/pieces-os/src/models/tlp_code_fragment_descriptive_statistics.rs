// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// TLPCodeFragmentDescriptiveStatistics
///
/// Model for ML big query Data collection.
#[derive(Debug, Clone, PartialEq)]
pub struct TlpCodeFragmentDescriptiveStatistics {
    pub schema: Option<EmbeddedModelSchema>,
    pub user: String,
    pub os: String,
    pub language: String,
    pub length: f64,
    pub ast: String,
    pub timestamp: String,
    pub asset: String,
    /// this is the application in which this was created from.
    pub context: String,
    /// this is the value of the snippet
    pub snippet: String,
}

crate::support::object!(TlpCodeFragmentDescriptiveStatistics {
    schema: "schema" optional,
    user: "user" required,
    os: "os" required,
    language: "language" required,
    length: "length" required,
    ast: "ast" required,
    timestamp: "timestamp" required,
    asset: "asset" required,
    context: "context" required,
    snippet: "snippet" required,
});
