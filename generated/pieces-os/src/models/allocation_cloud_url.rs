// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

#[cfg(feature = "server")]
use crate::support::non_null;
use super::*;

/// AllocationCloudUrl
///
/// This is one of the 3 possible urls that will route to your cloud :).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AllocationCloudUrl {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub status: AllocationStatusEnum,
    /// this is the base url that is used to communicat with your vpc.
    pub url: String,
}
