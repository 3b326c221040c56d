// @generated from spec/docspace.yaml by openapi-gen; do not edit.

/// Request parameters for updating user photo
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct UpdatePhotoMemberRequest {
    /// Avatar photo URL
    #[serde(skip_serializing_if = "Option::is_none")]
    pub files: Option<String>,
}
