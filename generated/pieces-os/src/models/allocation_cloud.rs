// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

#[cfg(feature = "server")]
use crate::support::non_null;
use super::*;

/// AllocationCloud
///
/// update && version: will be present only if your cloud was successfully spun up && running.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AllocationCloud {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    /// This is a uuid that represents this cloud.(this is the same as the userid)
    pub id: String,
    /// this is your useruuid.
    pub user: String,
    pub urls: AllocationCloudUrls,
    pub status: AllocationCloudStatus,
    /// This is the project that this is attached to.
    pub project: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub updated: Option<GroupedTimestamp>,
    /// this is the current version of the server.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub version: Option<String>,
    /// this is the region where the project is defined.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub region: Option<String>,
}
