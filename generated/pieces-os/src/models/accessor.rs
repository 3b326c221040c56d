// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// Accessor
    ///
    /// This is used to determine who has accessed a share.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Accessor {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub id: String = "id" required,
        /// this is an os id.
        pub os: String = "os" required,
        pub share: String = "share" required,
        /// how many times this user accessed this piece.
        pub count: i64 = "count" required,
        pub user: Option<FlattenedUserProfile> = "user" optional,
    }
}
