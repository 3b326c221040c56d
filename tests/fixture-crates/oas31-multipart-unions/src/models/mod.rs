// @generated from tests/fixtures/oas31-multipart-unions.yaml by openapi-gen; do not edit.

//! Serde types for the schemas of Multipart unions.

mod static_strategy;
mod owner;
mod labels;
mod received;
mod upload_file_strategy;
mod upload_file_owner;
mod upload_file_labels;
mod upload_file_expires;

pub use static_strategy::*;
pub use owner::*;
pub use labels::*;
pub use received::*;
pub use upload_file_strategy::*;
pub use upload_file_owner::*;
pub use upload_file_labels::*;
pub use upload_file_expires::*;

/// The parts of the `multipart/form-data` body of `uploadFile`.
#[derive(Debug, Clone, PartialEq)]
pub struct UploadFileForm {
    pub file: bytes::Bytes,
    pub strategy: UploadFileStrategy,
    pub owner: Option<UploadFileOwner>,
    pub labels: Option<UploadFileLabels>,
    pub expires: Option<UploadFileExpires>,
}
