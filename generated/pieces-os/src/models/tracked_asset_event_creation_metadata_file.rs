// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

#[cfg(feature = "server")]
use crate::support::non_null;

/// TrackedAssetEventCreationMetadataFile
///
/// If an asset was created from a file attachment
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct TrackedAssetEventCreationMetadataFile {
    /// Whether the file was pasted via the keyboard
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub keyboard: Option<bool>,
    /// Whether the file was dropped onto pieces
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub drag_and_drop: Option<bool>,
    /// Whether the file was attached via a button click
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub interaction: Option<bool>,
}
