// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// FlattenedActivity
///
/// Note: - if mechanism == internal we will not display to the user.
#[derive(Debug, Clone, PartialEq)]
pub struct FlattenedActivity {
    pub schema: Option<EmbeddedModelSchema>,
    pub id: String,
    pub created: GroupedTimestamp,
    pub updated: GroupedTimestamp,
    pub event: SeededConnectorTracking,
    pub application: Application,
    pub deleted: Option<GroupedTimestamp>,
    pub asset: Option<ReferencedAsset>,
    pub format: Option<ReferencedFormat>,
    pub user: Option<FlattenedUserProfile>,
    pub mechanism: MechanismEnum,
    pub rank: Option<i64>,
}

crate::support::object!(FlattenedActivity {
    schema: "schema" optional,
    id: "id" required,
    created: "created" required,
    updated: "updated" required,
    event: "event" required,
    application: "application" required,
    deleted: "deleted" optional,
    asset: "asset" optional,
    format: "format" optional,
    user: "user" optional,
    mechanism: "mechanism" required,
    rank: "rank" optional,
});
