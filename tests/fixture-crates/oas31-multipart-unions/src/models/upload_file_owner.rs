// @generated from tests/fixtures/oas31-multipart-unions.yaml by openapi-gen; do not edit.

use super::*;

/// A named owner or its record.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum UploadFileOwner {
    Owner(Owner),
    Variant1(String),
}
