// @generated from spec/docspace.yaml by openapi-gen; do not edit.

//! Serde types for the schemas of ONLYOFFICE DocSpace API: People / Photos.

mod active_connections_wrapper_links_inner;
mod file_upload_result_dto;
mod file_upload_result_wrapper;
mod key_value_pair_string_string_values;
mod thumbnails_data_dto;
mod thumbnails_data_wrapper;
mod thumbnails_request;
mod update_photo_member_request;
mod upload_member_photo_request;

pub use active_connections_wrapper_links_inner::*;
pub use file_upload_result_dto::*;
pub use file_upload_result_wrapper::*;
pub use key_value_pair_string_string_values::*;
pub use thumbnails_data_dto::*;
pub use thumbnails_data_wrapper::*;
pub use thumbnails_request::*;
pub use update_photo_member_request::*;
pub use upload_member_photo_request::*;

/// The parts of the `multipart/form-data` body of `upload_member_photo`.
#[derive(Debug, Clone, PartialEq)]
pub struct UploadMemberPhotoForm {
    pub form_collection: Option<Vec<KeyValuePairStringStringValues>>,
}
