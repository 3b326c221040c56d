// @generated from spec/docspace.yaml by openapi-gen; do not edit.

//! Serde types for the schemas of ONLYOFFICE DocSpace API: People / Photos.

#[cfg(feature = "server")]
use crate::support::non_null;

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct ActiveConnectionsWrapperLinksInner {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub href: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub action: Option<String>,
}

/// File upload result dto
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct FileUploadResultDto {
    /// Specifies if the operation is successful or not
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub success: Option<bool>,
    /// Data
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<serde_json::Value>,
    /// Message
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct FileUploadResultWrapper {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub response: Option<FileUploadResultDto>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub count: Option<i32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub links: Option<Vec<ActiveConnectionsWrapperLinksInner>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub status: Option<i32>,
    #[serde(rename = "statusCode", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub status_code: Option<i32>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct KeyValuePairStringStringValues {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub value: Option<Vec<String>>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct ThumbnailsDataDto {
    /// Original photo
    #[serde(skip_serializing_if = "Option::is_none")]
    pub original: Option<String>,
    /// Retina
    #[serde(skip_serializing_if = "Option::is_none")]
    pub retina: Option<String>,
    /// Maximum size
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max: Option<String>,
    /// Big
    #[serde(skip_serializing_if = "Option::is_none")]
    pub big: Option<String>,
    /// Medium
    #[serde(skip_serializing_if = "Option::is_none")]
    pub medium: Option<String>,
    /// Small
    #[serde(skip_serializing_if = "Option::is_none")]
    pub small: Option<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct ThumbnailsDataWrapper {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub response: Option<ThumbnailsDataDto>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub count: Option<i32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub links: Option<Vec<ActiveConnectionsWrapperLinksInner>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub status: Option<i32>,
    #[serde(rename = "statusCode", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub status_code: Option<i32>,
}

/// Thumbnail request parameters
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct ThumbnailsRequest {
    /// Path to the temporary file
    #[serde(rename = "tmpFile", skip_serializing_if = "Option::is_none")]
    pub tmp_file: Option<String>,
    /// Horizontal coordinate
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub x: Option<i32>,
    /// Vertical coordinate
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub y: Option<i32>,
    /// Thumbnail width
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub width: Option<i32>,
    /// Thumbnail height
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub height: Option<i32>,
}

/// Request parameters for updating user photo
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct UpdatePhotoMemberRequest {
    /// Avatar photo URL
    #[serde(skip_serializing_if = "Option::is_none")]
    pub files: Option<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct UploadMemberPhotoRequest {
    /// Image data
    #[serde(rename = "formCollection", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub form_collection: Option<Vec<KeyValuePairStringStringValues>>,
}

/// The parts of the `multipart/form-data` body of `upload_member_photo`.
#[derive(Debug, Clone, PartialEq)]
pub struct UploadMemberPhotoForm {
    pub form_collection: Option<Vec<KeyValuePairStringStringValues>>,
}
