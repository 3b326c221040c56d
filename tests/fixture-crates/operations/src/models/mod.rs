// @generated from tests/fixtures/operations.yaml by openapi-gen; do not edit.

//! Serde types for the schemas of Operations.

mod item;
mod problem;
mod put_items_by_item_id_created_body;

pub use item::*;
pub use problem::*;
pub use put_items_by_item_id_created_body::*;

/// The parts of the `multipart/form-data` body of `uploadForm`.
#[derive(Debug, Clone, PartialEq)]
pub struct UploadFormForm {
    pub file: bytes::Bytes,
    pub note: Option<String>,
    pub labels: Option<Vec<String>>,
}
