// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

#[cfg(feature = "server")]
use crate::support::non_null;

/// TLPCodeFragmentDescription
///
/// Model for ML big query Code Description.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TlpCodeFragmentDescription {
    /// This is the stringified json of a TLPDescription object
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub description: Option<String>,
    /// This is the asset id.
    pub asset: String,
    /// timestamp of creation
    pub created: String,
    /// this is the model version
    pub model: String,
    /// the time it takes to run this model.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub latency: Option<f64>,
    /// the uuid of the user the description was created for.
    pub user: String,
    /// the application this description was created from.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub context: Option<String>,
    /// This is the UUID of the OS that this context is currently connected to.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub os: Option<String>,
}
