// @generated from tests/fixtures/swagger2-bodies.yaml by openapi-gen; do not edit.

//! Serde types for the schemas of Bodies 2.0.

mod pet;
mod photo;
mod login_request;

pub use pet::*;
pub use photo::*;
pub use login_request::*;

/// The parts of the `multipart/form-data` body of `uploadPhoto`.
#[derive(Debug, Clone, PartialEq)]
pub struct UploadPhotoForm {
    pub photo: bytes::Bytes,
    pub caption: Option<String>,
}
