// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// AllocationCloudUrl
///
/// This is one of the 3 possible urls that will route to your cloud :).
#[derive(Debug, Clone, PartialEq)]
pub struct AllocationCloudUrl {
    pub schema: Option<EmbeddedModelSchema>,
    pub status: AllocationStatusEnum,
    /// this is the base url that is used to communicat with your vpc.
    pub url: String,
}

crate::support::object!(AllocationCloudUrl {
    schema: "schema" optional,
    status: "status" required,
    url: "url" required,
});
