// @generated from spec/docspace.yaml by openapi-gen; do not edit.

use super::*;

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UploadMemberPhotoRequest {
    /// Image data
    pub form_collection: Option<Vec<KeyValuePairStringStringValues>>,
}

crate::support::object!(UploadMemberPhotoRequest {
    form_collection: "formCollection" optional,
});
