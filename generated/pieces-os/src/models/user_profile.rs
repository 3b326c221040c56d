// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// UserProfile
    ///
    /// This is the model for a user logged into Pieces.
    #[derive(Debug, Clone, PartialEq)]
    pub struct UserProfile {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        /// mapped from picture.URL pointing to the user's profile picture.
        pub picture: Option<crate::Uri> = "picture" optional,
        pub email: Option<String> = "email" optional,
        pub created: Option<GroupedTimestamp> = "created" optional,
        pub updated: Option<GroupedTimestamp> = "updated" optional,
        /// (unique) User's username.
        pub username: Option<String> = "username" optional,
        pub id: String = "id" required,
        /// This is the name of the User.
        pub name: Option<String> = "name" optional,
        pub aesthetics: Aesthetics = "aesthetics" required,
        pub vanityname: Option<String> = "vanityname" optional,
        pub allocation: Option<AllocationCloud> = "allocation" optional,
        pub providers: Option<ExternalProviders> = "providers" optional,
        pub auth0: Option<Auth0UserMetadata> = "auth0" optional,
    }
}
