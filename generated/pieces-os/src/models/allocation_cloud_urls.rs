// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// AllocationCloudUrls
    ///
    /// you will have at minimum 2 urls,
    #[derive(Debug, Clone, PartialEq)]
    pub struct AllocationCloudUrls {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub base: AllocationCloudUrl = "base" required,
        pub id: AllocationCloudUrl = "id" required,
        pub vanity: Option<AllocationCloudUrl> = "vanity" optional,
    }
}
