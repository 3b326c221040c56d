// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// TrackedAssetEventCreationMetadata
///
/// Metadata attached to a creation event on an Asset
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TrackedAssetEventCreationMetadata {
    pub schema: Option<EmbeddedModelSchema>,
    pub clipboard: Option<TrackedAssetEventCreationMetadataClipboard>,
    pub file: Option<TrackedAssetEventCreationMetadataFile>,
}

crate::support::object!(TrackedAssetEventCreationMetadata {
    schema: "schema" optional,
    clipboard: "clipboard" optional,
    file: "file" optional,
});
