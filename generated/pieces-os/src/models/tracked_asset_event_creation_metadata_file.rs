// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

crate::support::object! {
    /// TrackedAssetEventCreationMetadataFile
    ///
    /// If an asset was created from a file attachment
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct TrackedAssetEventCreationMetadataFile {
        /// Whether the file was pasted via the keyboard
        pub keyboard: Option<bool> = "keyboard" optional,
        /// Whether the file was dropped onto pieces
        pub drag_and_drop: Option<bool> = "drag_and_drop" optional,
        /// Whether the file was attached via a button click
        pub interaction: Option<bool> = "interaction" optional,
    }
}
