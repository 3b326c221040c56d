// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// FlattenedShare [DAG SAFE]
    ///
    /// This is a dag safe version of the Share.
    #[derive(Debug, Clone, PartialEq)]
    pub struct FlattenedShare {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        /// This references the share it self.
        pub id: String = "id" required,
        /// this is the asset id on the flattened share.
        pub asset: Option<String> = "asset" optional,
        /// this is the uuid of the user that the share is created for.
        pub user: Option<String> = "user" optional,
        /// this is the prebuilt link.
        pub link: String = "link" required,
        pub access: AccessEnum = "access" required,
        pub accessors: Accessors = "accessors" required,
        pub created: GroupedTimestamp = "created" required,
        /// This is a shortened version of our uuid.
        pub short: String = "short" required,
        pub name: Option<String> = "name" optional,
        pub assets: Option<FlattenedAssets> = "assets" optional,
        pub distributions: Option<FlattenedDistributions> = "distributions" optional,
        pub score: Option<Score> = "score" optional,
    }
}
