// @generated from spec/docspace.yaml by openapi-gen; do not edit.

#[cfg(feature = "server")]
use crate::support::non_null;

/// Thumbnail request parameters
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct ThumbnailsRequest {
    /// Path to the temporary file
    #[serde(rename = "tmpFile", skip_serializing_if = "Option::is_none")]
    pub tmp_file: Option<String>,
    /// Horizontal coordinate
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub x: Option<i32>,
    /// Vertical coordinate
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub y: Option<i32>,
    /// Thumbnail width
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub width: Option<i32>,
    /// Thumbnail height
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub height: Option<i32>,
}
