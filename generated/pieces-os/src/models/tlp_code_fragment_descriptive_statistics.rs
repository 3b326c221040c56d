// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

#[cfg(feature = "server")]
use crate::support::non_null;
use super::*;

/// TLPCodeFragmentDescriptiveStatistics
///
/// Model for ML big query Data collection.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TlpCodeFragmentDescriptiveStatistics {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
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
