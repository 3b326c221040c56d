// @generated from spec/docspace.yaml by openapi-gen; do not edit.

/// Thumbnail request parameters
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ThumbnailsRequest {
    /// Path to the temporary file
    pub tmp_file: Option<String>,
    /// Horizontal coordinate
    pub x: Option<i32>,
    /// Vertical coordinate
    pub y: Option<i32>,
    /// Thumbnail width
    pub width: Option<i32>,
    /// Thumbnail height
    pub height: Option<i32>,
}

crate::support::object!(closed ThumbnailsRequest {
    tmp_file: "tmpFile" optional_or_null,
    x: "x" optional,
    y: "y" optional,
    width: "width" optional,
    height: "height" optional,
});
