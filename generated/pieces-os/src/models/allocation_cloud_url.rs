// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// AllocationCloudUrl
    ///
    /// This is one of the 3 possible urls that will route to your cloud :).
    #[derive(Debug, Clone, PartialEq)]
    pub struct AllocationCloudUrl {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub status: AllocationStatusEnum = "status" required,
        /// this is the base url that is used to communicat with your vpc.
        pub url: String = "url" required,
    }
}
