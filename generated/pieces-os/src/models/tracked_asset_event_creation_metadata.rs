// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// TrackedAssetEventCreationMetadata
    ///
    /// Metadata attached to a creation event on an Asset
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct TrackedAssetEventCreationMetadata {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub clipboard: Option<TrackedAssetEventCreationMetadataClipboard> = "clipboard" optional,
        pub file: Option<TrackedAssetEventCreationMetadataFile> = "file" optional,
    }
}
