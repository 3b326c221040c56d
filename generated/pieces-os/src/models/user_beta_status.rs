// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

#[cfg(feature = "server")]
use crate::support::non_null;
use super::*;

/// UserBetaStatus
///
/// This is used to either grant or remove a specific provider betastatus
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UserBetaStatus {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub auth0: Option<Auth0UserBetaStatus>,
    pub user: String,
}
