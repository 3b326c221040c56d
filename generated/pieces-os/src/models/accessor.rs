// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// Accessor
///
/// This is used to determine who has accessed a share.
#[derive(Debug, Clone, PartialEq)]
pub struct Accessor {
    pub schema: Option<EmbeddedModelSchema>,
    pub id: String,
    /// this is an os id.
    pub os: String,
    pub share: String,
    /// how many times this user accessed this piece.
    pub count: i64,
    pub user: Option<FlattenedUserProfile>,
}

crate::support::object!(Accessor {
    schema: "schema" optional,
    id: "id" required,
    os: "os" required,
    share: "share" required,
    count: "count" required,
    user: "user" optional,
});
