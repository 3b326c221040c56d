// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

/// Auth0UserAllocationMetadata
///
/// This is specifically for our allocation server metadata.
#[derive(Debug, Clone, PartialEq)]
pub struct Auth0UserAllocationMetadata {
    pub project: String,
    pub region: String,
}

crate::support::object!(Auth0UserAllocationMetadata {
    project: "project" required,
    region: "region" required,
});
