// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// AllocationCloud
    ///
    /// update && version: will be present only if your cloud was successfully spun up && running.
    #[derive(Debug, Clone, PartialEq)]
    pub struct AllocationCloud {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        /// This is a uuid that represents this cloud.(this is the same as the userid)
        pub id: String = "id" required,
        /// this is your useruuid.
        pub user: String = "user" required,
        pub urls: AllocationCloudUrls = "urls" required,
        pub status: AllocationCloudStatus = "status" required,
        /// This is the project that this is attached to.
        pub project: String = "project" required,
        pub updated: Option<GroupedTimestamp> = "updated" optional,
        /// this is the current version of the server.
        pub version: Option<String> = "version" optional,
        /// this is the region where the project is defined.
        pub region: Option<String> = "region" optional,
    }
}
