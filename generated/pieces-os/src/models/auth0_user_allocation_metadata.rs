// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

crate::support::object! {
    /// Auth0UserAllocationMetadata
    ///
    /// This is specifically for our allocation server metadata.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Auth0UserAllocationMetadata {
        pub project: String = "project" required,
        pub region: String = "region" required,
    }
}
