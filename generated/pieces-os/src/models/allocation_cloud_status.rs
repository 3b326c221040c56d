// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// AllocationCloudStatus
#[derive(Debug, Clone, PartialEq)]
pub struct AllocationCloudStatus {
    pub schema: Option<EmbeddedModelSchema>,
    pub cloud: AllocationStatusEnum,
}

crate::support::object!(AllocationCloudStatus {
    schema: "schema" optional,
    cloud: "cloud" required,
});
