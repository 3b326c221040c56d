// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// ReturnedUserProfile
    ///
    /// This is a modle strictly for the purpose that when calling '/user' and other user related endpoints the UserProfile could potentially be null, so we needed a model to do that.
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct ReturnedUserProfile {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub user: Option<UserProfile> = "user" optional,
    }
}
