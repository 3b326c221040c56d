// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// ExternalProvider
    ///
    /// I know that profileData and user_id have differeing casing but they are done because they map to Auth0's projeecties.
    #[derive(Debug, Clone, PartialEq)]
    pub struct ExternalProvider {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub type_: ExternalProviderTypeEnum = "type" required,
        /// This is the user_id within the provider.
        pub user_id: String = "user_id" required,
        /// This is optional here, but will be present for BB, Github, and google.
        pub access_token: Option<String> = "access_token" optional,
        /// Some providers have an expiration on their access token.
        pub expires_in: Option<i64> = "expires_in" optional,
        pub created: GroupedTimestamp = "created" required,
        pub updated: GroupedTimestamp = "updated" required,
        pub profile_data: Option<ExternalProviderProfileData> = "profileData" optional,
        /// This is an optional field that will be provided onentreprise connections.
        pub connection: Option<String> = "connection" optional,
        pub is_social: Option<bool> = "isSocial" optional,
    }
}
