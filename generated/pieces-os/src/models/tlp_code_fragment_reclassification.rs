// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// TLPCodeFragmentReclassification
///
/// Model for ML big query Reclassification.
#[derive(Debug, Clone, PartialEq)]
pub struct TlpCodeFragmentReclassification {
    pub schema: Option<EmbeddedModelSchema>,
    pub asset: String,
    pub model: String,
    pub created: String,
    pub updates: TlpCodeFragmentReclassificationUpdates,
    /// this is the user that is reclassifying
    pub user: String,
    /// this is the application is which this is from.
    pub context: String,
}

crate::support::object!(TlpCodeFragmentReclassification {
    schema: "schema" optional,
    asset: "asset" required,
    model: "model" required,
    created: "created" required,
    updates: "updates" required,
    user: "user" required,
    context: "context" required,
});
