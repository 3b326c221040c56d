// @generated from tests/fixtures/operations.yaml by openapi-gen; do not edit.

//! Serde types for the schemas of Operations.

#[cfg(feature = "server")]
use crate::support::non_null;

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Item {
    pub id: String,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Problem {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub title: Option<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct PutItemsByItemIdCreatedBody {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub id: Option<String>,
}

/// The parts of the `multipart/form-data` body of `uploadForm`.
#[derive(Debug, Clone, PartialEq)]
pub struct UploadFormForm {
    pub file: bytes::Bytes,
    pub note: Option<String>,
    pub labels: Option<Vec<String>>,
}
