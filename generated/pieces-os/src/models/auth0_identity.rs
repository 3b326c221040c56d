// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

/// Auth0Identity
///
/// Contains info retrieved from the identity provider with which the user originally authenticates.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Auth0Identity {
    /// Name of the Auth0 connection used to authenticate the user.
    pub connection: Option<String>,
    /// Indicates whether the connection is a social one.
    pub is_social: Option<bool>,
    /// mapped from user_id -> id
    pub provider: Option<String>,
    /// User's unique identifier for this connection/provider.
    pub user_id: Option<String>,
    pub access_token: Option<String>,
    pub expires_in: Option<i64>,
}

crate::support::object!(Auth0Identity {
    connection: "connection" optional,
    is_social: "isSocial" optional,
    provider: "provider" optional,
    user_id: "user_id" optional,
    access_token: "access_token" optional,
    expires_in: "expires_in" optional,
});
