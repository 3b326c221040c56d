// @generated from tests/fixtures/swagger2-bodies.yaml by openapi-gen; do not edit.

//! Serde types for the schemas of Bodies 2.0.

#[cfg(feature = "server")]
use crate::support::non_null;

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Pet {
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Photo {
    pub size: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub caption: Option<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct LoginRequest {
    pub user: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub remember: Option<bool>,
}

/// The parts of the `multipart/form-data` body of `uploadPhoto`.
#[derive(Debug, Clone, PartialEq)]
pub struct UploadPhotoForm {
    pub photo: bytes::Bytes,
    pub caption: Option<String>,
}
