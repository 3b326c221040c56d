// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// TLPCodeFragmentSuggestedSave
///
/// Model for monitoring and evaluating the suggested save feature
#[derive(Debug, Clone, PartialEq)]
pub struct TlpCodeFragmentSuggestedSave {
    pub schema: Option<EmbeddedModelSchema>,
    pub asset: String,
    pub user: String,
    pub model: String,
    pub created: String,
    pub os: String,
    /// context from where suggestion came from
    pub context: Option<String>,
    /// maximum similarity score
    pub score: Option<f64>,
    /// number of candidates
    pub candidates: Option<i64>,
}

crate::support::object!(TlpCodeFragmentSuggestedSave {
    schema: "schema" optional,
    asset: "asset" required,
    user: "user" required,
    model: "model" required,
    created: "created" required,
    os: "os" required,
    context: "context" optional,
    score: "score" optional,
    candidates: "candidates" optional,
});
