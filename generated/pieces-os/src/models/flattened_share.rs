// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// FlattenedShare [DAG SAFE]
///
/// This is a dag safe version of the Share.
#[derive(Debug, Clone, PartialEq)]
pub struct FlattenedShare {
    pub schema: Option<EmbeddedModelSchema>,
    /// This references the share it self.
    pub id: String,
    /// this is the asset id on the flattened share.
    pub asset: Option<String>,
    /// this is the uuid of the user that the share is created for.
    pub user: Option<String>,
    /// this is the prebuilt link.
    pub link: String,
    pub access: AccessEnum,
    pub accessors: Accessors,
    pub created: GroupedTimestamp,
    /// This is a shortened version of our uuid.
    pub short: String,
    pub name: Option<String>,
    pub assets: Option<FlattenedAssets>,
    pub distributions: Option<FlattenedDistributions>,
    pub score: Option<Score>,
}

crate::support::object!(FlattenedShare {
    schema: "schema" optional,
    id: "id" required,
    asset: "asset" optional,
    user: "user" optional,
    link: "link" required,
    access: "access" required,
    accessors: "accessors" required,
    created: "created" required,
    short: "short" required,
    name: "name" optional,
    assets: "assets" optional,
    distributions: "distributions" optional,
    score: "score" optional,
});
