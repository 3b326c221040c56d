// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

#[cfg(feature = "server")]
use crate::support::non_null;
use super::*;

/// ExternalProvider
///
/// I know that profileData and user_id have differeing casing but they are done because they map to Auth0's projeecties.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ExternalProvider {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    #[serde(rename = "type")]
    pub type_: ExternalProviderTypeEnum,
    /// This is the user_id within the provider.
    pub user_id: String,
    /// This is optional here, but will be present for BB, Github, and google.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub access_token: Option<String>,
    /// Some providers have an expiration on their access token.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub expires_in: Option<i64>,
    pub created: GroupedTimestamp,
    pub updated: GroupedTimestamp,
    #[serde(rename = "profileData", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub profile_data: Option<ExternalProviderProfileData>,
    /// This is an optional field that will be provided onentreprise connections.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub connection: Option<String>,
    #[serde(rename = "isSocial", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub is_social: Option<bool>,
}
