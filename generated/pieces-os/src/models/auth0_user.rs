// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// Auth0User
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct Auth0User {
        /// User's full name.
        pub name: Option<String> = "name" optional,
        /// mapped from picture.URL pointing to the user's profile picture.
        pub picture: Option<crate::Uri> = "picture" optional,
        pub email: Option<String> = "email" optional,
        pub created_at: Option<chrono::DateTime<chrono::FixedOffset>> = "created_at" optional,
        /// Indicates whether the user has verified their email address.
        pub email_verified: Option<bool> = "email_verified" optional,
        /// User's family name.
        pub family_name: Option<String> = "family_name" optional,
        /// User's given name.
        pub given_name: Option<String> = "given_name" optional,
        /// Contains info retrieved from the identity provider with which the user originally authenticates.
        pub identities: Option<Vec<Auth0Identity>> = "identities" optional,
        /// User's nickname.
        pub nickname: Option<String> = "nickname" optional,
        pub updated_at: Option<chrono::DateTime<chrono::FixedOffset>> = "updated_at" optional,
        /// (unique) User's username.
        pub username: Option<String> = "username" optional,
        pub user_metadata: Option<Auth0UserMetadata> = "user_metadata" optional,
        pub locale: Option<String> = "locale" optional,
        pub user_id: Option<String> = "user_id" optional,
        pub last_ip: Option<String> = "last_ip" optional,
        pub last_login: Option<chrono::DateTime<chrono::FixedOffset>> = "last_login" optional,
        pub logins_count: Option<i64> = "logins_count" optional,
        pub blocked_for: Option<Vec<String>> = "blocked_for" optional,
        pub guardian_authenticators: Option<Vec<String>> = "guardian_authenticators" optional,
    }
}
