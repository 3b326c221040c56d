// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

#[cfg(feature = "server")]
use crate::support::non_null;
use super::*;

/// TLPCodeFragmentReclassification
///
/// Model for ML big query Reclassification.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TlpCodeFragmentReclassification {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
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
