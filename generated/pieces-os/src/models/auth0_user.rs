// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// Auth0User
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Auth0User {
    /// User's full name.
    pub name: Option<String>,
    /// mapped from picture.URL pointing to the user's profile picture.
    pub picture: Option<crate::Uri>,
    pub email: Option<String>,
    pub created_at: Option<chrono::DateTime<chrono::FixedOffset>>,
    /// Indicates whether the user has verified their email address.
    pub email_verified: Option<bool>,
    /// User's family name.
    pub family_name: Option<String>,
    /// User's given name.
    pub given_name: Option<String>,
    /// Contains info retrieved from the identity provider with which the user originally authenticates.
    pub identities: Option<Vec<Auth0Identity>>,
    /// User's nickname.
    pub nickname: Option<String>,
    pub updated_at: Option<chrono::DateTime<chrono::FixedOffset>>,
    /// (unique) User's username.
    pub username: Option<String>,
    pub user_metadata: Option<Auth0UserMetadata>,
    pub locale: Option<String>,
    pub user_id: Option<String>,
    pub last_ip: Option<String>,
    pub last_login: Option<chrono::DateTime<chrono::FixedOffset>>,
    pub logins_count: Option<i64>,
    pub blocked_for: Option<Vec<String>>,
    pub guardian_authenticators: Option<Vec<String>>,
}

crate::support::object!(Auth0User {
    name: "name" optional,
    picture: "picture" optional,
    email: "email" optional,
    created_at: "created_at" optional,
    email_verified: "email_verified" optional,
    family_name: "family_name" optional,
    given_name: "given_name" optional,
    identities: "identities" optional,
    nickname: "nickname" optional,
    updated_at: "updated_at" optional,
    username: "username" optional,
    user_metadata: "user_metadata" optional,
    locale: "locale" optional,
    user_id: "user_id" optional,
    last_ip: "last_ip" optional,
    last_login: "last_login" optional,
    logins_count: "logins_count" optional,
    blocked_for: "blocked_for" optional,
    guardian_authenticators: "guardian_authenticators" optional,
});
