// @generated from spec/docspace.yaml by openapi-gen; do not edit.

crate::support::object! {
    /// File upload result dto
    #[derive(Debug, Clone, PartialEq, Default)]
    #[closed]
    pub struct FileUploadResultDto {
        /// Specifies if the operation is successful or not
        pub success: Option<bool> = "success" optional,
        /// Data
        pub data: Option<serde_json::Value> = "data" optional_or_null,
        /// Message
        pub message: Option<String> = "message" optional_or_null,
    }
}
