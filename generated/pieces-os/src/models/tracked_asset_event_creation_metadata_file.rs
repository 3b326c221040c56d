// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

/// TrackedAssetEventCreationMetadataFile
///
/// If an asset was created from a file attachment
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TrackedAssetEventCreationMetadataFile {
    /// Whether the file was pasted via the keyboard
    pub keyboard: Option<bool>,
    /// Whether the file was dropped onto pieces
    pub drag_and_drop: Option<bool>,
    /// Whether the file was attached via a button click
    pub interaction: Option<bool>,
}

crate::support::object!(TrackedAssetEventCreationMetadataFile {
    keyboard: "keyboard" optional,
    drag_and_drop: "drag_and_drop" optional,
    interaction: "interaction" optional,
});
