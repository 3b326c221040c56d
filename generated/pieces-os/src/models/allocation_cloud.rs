// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// AllocationCloud
///
/// update && version: will be present only if your cloud was successfully spun up && running.
#[derive(Debug, Clone, PartialEq)]
pub struct AllocationCloud {
    pub schema: Option<EmbeddedModelSchema>,
    /// This is a uuid that represents this cloud.(this is the same as the userid)
    pub id: String,
    /// this is your useruuid.
    pub user: String,
    pub urls: AllocationCloudUrls,
    pub status: AllocationCloudStatus,
    /// This is the project that this is attached to.
    pub project: String,
    pub updated: Option<GroupedTimestamp>,
    /// this is the current version of the server.
    pub version: Option<String>,
    /// this is the region where the project is defined.
    pub region: Option<String>,
}

crate::support::object!(AllocationCloud {
    schema: "schema" optional,
    id: "id" required,
    user: "user" required,
    urls: "urls" required,
    status: "status" required,
    project: "project" required,
    updated: "updated" optional,
    version: "version" optional,
    region: "region" optional,
});
