// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// ExternalProvider
///
/// I know that profileData and user_id have differeing casing but they are done because they map to Auth0's projeecties.
#[derive(Debug, Clone, PartialEq)]
pub struct ExternalProvider {
    pub schema: Option<EmbeddedModelSchema>,
    pub type_: ExternalProviderTypeEnum,
    /// This is the user_id within the provider.
    pub user_id: String,
    /// This is optional here, but will be present for BB, Github, and google.
    pub access_token: Option<String>,
    /// Some providers have an expiration on their access token.
    pub expires_in: Option<i64>,
    pub created: GroupedTimestamp,
    pub updated: GroupedTimestamp,
    pub profile_data: Option<ExternalProviderProfileData>,
    /// This is an optional field that will be provided onentreprise connections.
    pub connection: Option<String>,
    pub is_social: Option<bool>,
}

crate::support::object!(ExternalProvider {
    schema: "schema" optional,
    type_: "type" required,
    user_id: "user_id" required,
    access_token: "access_token" optional,
    expires_in: "expires_in" optional,
    created: "created" required,
    updated: "updated" required,
    profile_data: "profileData" optional,
    connection: "connection" optional,
    is_social: "isSocial" optional,
});
