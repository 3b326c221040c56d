// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// TrackedAssetEventCreationMetadataClipboard
    ///
    /// If an asset was created from a clipboard event
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct TrackedAssetEventCreationMetadataClipboard {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        /// Whether the clipboard was utilized via the keyboard
        pub keyboard: Option<bool> = "keyboard" optional,
        /// Whether the clipboard was extracted through a button click
        pub interaction: Option<bool> = "interaction" optional,
    }
}
