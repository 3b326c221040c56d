// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

crate::support::object! {
    /// Auth0Identity
    ///
    /// Contains info retrieved from the identity provider with which the user originally authenticates.
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct Auth0Identity {
        /// Name of the Auth0 connection used to authenticate the user.
        pub connection: Option<String> = "connection" optional,
        /// Indicates whether the connection is a social one.
        pub is_social: Option<bool> = "isSocial" optional,
        /// mapped from user_id -> id
        pub provider: Option<String> = "provider" optional,
        /// User's unique identifier for this connection/provider.
        pub user_id: Option<String> = "user_id" optional,
        pub access_token: Option<String> = "access_token" optional,
        pub expires_in: Option<i64> = "expires_in" optional,
    }
}
