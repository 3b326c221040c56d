// @generated from spec/docspace.yaml by openapi-gen; do not edit.

crate::support::object! {
    /// Request parameters for updating user photo
    #[derive(Debug, Clone, PartialEq, Default)]
    #[closed]
    pub struct UpdatePhotoMemberRequest {
        /// Avatar photo URL
        pub files: Option<String> = "files" optional_or_null,
    }
}
