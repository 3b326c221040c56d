// @generated from spec/docspace.yaml by openapi-gen; do not edit.

crate::support::object! {
    /// Thumbnail request parameters
    #[derive(Debug, Clone, PartialEq, Default)]
    #[closed]
    pub struct ThumbnailsRequest {
        /// Path to the temporary file
        pub tmp_file: Option<String> = "tmpFile" optional_or_null,
        /// Horizontal coordinate
        pub x: Option<i32> = "x" optional,
        /// Vertical coordinate
        pub y: Option<i32> = "y" optional,
        /// Thumbnail width
        pub width: Option<i32> = "width" optional,
        /// Thumbnail height
        pub height: Option<i32> = "height" optional,
    }
}
