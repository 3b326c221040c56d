// @generated from spec/docspace.yaml by openapi-gen; do not edit.

/// File upload result dto
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FileUploadResultDto {
    /// Specifies if the operation is successful or not
    pub success: Option<bool>,
    /// Data
    pub data: Option<serde_json::Value>,
    /// Message
    pub message: Option<String>,
}

crate::support::object!(closed FileUploadResultDto {
    success: "success" optional,
    data: "data" optional_or_null,
    message: "message" optional_or_null,
});
