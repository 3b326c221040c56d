// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// AllocationCloudStatus
    #[derive(Debug, Clone, PartialEq)]
    pub struct AllocationCloudStatus {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub cloud: AllocationStatusEnum = "cloud" required,
    }
}
