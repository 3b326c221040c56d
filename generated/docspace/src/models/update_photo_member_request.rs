// @generated from spec/docspace.yaml by openapi-gen; do not edit.

/// Request parameters for updating user photo
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdatePhotoMemberRequest {
    /// Avatar photo URL
    pub files: Option<String>,
}

crate::support::object!(closed UpdatePhotoMemberRequest {
    files: "files" optional_or_null,
});
