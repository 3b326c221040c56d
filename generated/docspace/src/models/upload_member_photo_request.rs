// @generated from spec/docspace.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct UploadMemberPhotoRequest {
        /// Image data
        pub form_collection: Option<Vec<KeyValuePairStringStringValues>> =
            "formCollection" optional,
    }
}
