// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// FlattenedUserProfile
///
/// This is a FlattenedUserProfile that includes information that is not sensative in relation to a user.
#[derive(Debug, Clone, PartialEq)]
pub struct FlattenedUserProfile {
    pub schema: Option<EmbeddedModelSchema>,
    /// this is the uuid that identifies a user.
    pub id: String,
    pub email: Option<String>,
    pub name: Option<String>,
    pub username: Option<String>,
    pub picture: Option<String>,
    pub vanityname: Option<String>,
}

crate::support::object!(FlattenedUserProfile {
    schema: "schema" optional,
    id: "id" required,
    email: "email" optional,
    name: "name" optional,
    username: "username" optional,
    picture: "picture" optional,
    vanityname: "vanityname" optional,
});
