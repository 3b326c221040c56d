// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// FlattenedActivity
    ///
    /// Note: - if mechanism == internal we will not display to the user.
    #[derive(Debug, Clone, PartialEq)]
    pub struct FlattenedActivity {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub id: String = "id" required,
        pub created: GroupedTimestamp = "created" required,
        pub updated: GroupedTimestamp = "updated" required,
        pub event: SeededConnectorTracking = "event" required,
        pub application: Application = "application" required,
        pub deleted: Option<GroupedTimestamp> = "deleted" optional,
        pub asset: Option<ReferencedAsset> = "asset" optional,
        pub format: Option<ReferencedFormat> = "format" optional,
        pub user: Option<FlattenedUserProfile> = "user" optional,
        pub mechanism: MechanismEnum = "mechanism" required,
        pub rank: Option<i64> = "rank" optional,
    }
}
