// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// TrackedAssetEventCreationMetadataClipboard
///
/// If an asset was created from a clipboard event
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TrackedAssetEventCreationMetadataClipboard {
    pub schema: Option<EmbeddedModelSchema>,
    /// Whether the clipboard was utilized via the keyboard
    pub keyboard: Option<bool>,
    /// Whether the clipboard was extracted through a button click
    pub interaction: Option<bool>,
}

crate::support::object!(TrackedAssetEventCreationMetadataClipboard {
    schema: "schema" optional,
    keyboard: "keyboard" optional,
    interaction: "interaction" optional,
});
