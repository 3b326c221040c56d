// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// UserProfile
///
/// This is the model for a user logged into Pieces.
#[derive(Debug, Clone, PartialEq)]
pub struct UserProfile {
    pub schema: Option<EmbeddedModelSchema>,
    /// mapped from picture.URL pointing to the user's profile picture.
    pub picture: Option<crate::Uri>,
    pub email: Option<String>,
    pub created: Option<GroupedTimestamp>,
    pub updated: Option<GroupedTimestamp>,
    /// (unique) User's username.
    pub username: Option<String>,
    pub id: String,
    /// This is the name of the User.
    pub name: Option<String>,
    pub aesthetics: Aesthetics,
    pub vanityname: Option<String>,
    pub allocation: Option<AllocationCloud>,
    pub providers: Option<ExternalProviders>,
    pub auth0: Option<Auth0UserMetadata>,
}

crate::support::object!(UserProfile {
    schema: "schema" optional,
    picture: "picture" optional,
    email: "email" optional,
    created: "created" optional,
    updated: "updated" optional,
    username: "username" optional,
    id: "id" required,
    name: "name" optional,
    aesthetics: "aesthetics" required,
    vanityname: "vanityname" optional,
    allocation: "allocation" optional,
    providers: "providers" optional,
    auth0: "auth0" optional,
});
