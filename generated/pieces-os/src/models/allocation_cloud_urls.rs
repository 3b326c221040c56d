// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// AllocationCloudUrls
///
/// you will have at minimum 2 urls,
#[derive(Debug, Clone, PartialEq)]
pub struct AllocationCloudUrls {
    pub schema: Option<EmbeddedModelSchema>,
    pub base: AllocationCloudUrl,
    pub id: AllocationCloudUrl,
    pub vanity: Option<AllocationCloudUrl>,
}

crate::support::object!(AllocationCloudUrls {
    schema: "schema" optional,
    base: "base" required,
    id: "id" required,
    vanity: "vanity" optional,
});
