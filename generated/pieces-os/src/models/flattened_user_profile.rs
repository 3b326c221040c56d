// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// FlattenedUserProfile
    ///
    /// This is a FlattenedUserProfile that includes information that is not sensative in relation to a user.
    #[derive(Debug, Clone, PartialEq)]
    pub struct FlattenedUserProfile {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        /// this is the uuid that identifies a user.
        pub id: String = "id" required,
        pub email: Option<String> = "email" optional,
        pub name: Option<String> = "name" optional,
        pub username: Option<String> = "username" optional,
        pub picture: Option<String> = "picture" optional,
        pub vanityname: Option<String> = "vanityname" optional,
    }
}
