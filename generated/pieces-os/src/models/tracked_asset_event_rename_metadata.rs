// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// TrackedAssetEventRenameMetadata
    ///
    /// This will give specific metadata need to determine what the rename was to/from.
    #[derive(Debug, Clone, PartialEq)]
    pub struct TrackedAssetEventRenameMetadata {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub previous: String = "previous" required,
        pub current: String = "current" required,
    }
}
