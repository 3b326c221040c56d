// @generated from spec/docspace.yaml by openapi-gen; do not edit.

//! Serde types for the schemas of ONLYOFFICE DocSpace API: People / Photos.

/// The `ActiveConnectionsWrapper_links_inner` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct ActiveConnectionsWrapperLinksInner {
    /// The `href` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub href: Option<String>,
    /// The `action` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub action: Option<String>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// File upload result dto
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct FileUploadResultDto {
    /// Specifies if the operation is successful or not
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub success: Option<bool>,
    /// Data
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<serde_json::Value>,
    /// Message
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// The `FileUploadResultWrapper` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct FileUploadResultWrapper {
    /// The `response` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub response: Option<FileUploadResultDto>,
    /// The `count` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub count: Option<i32>,
    /// The `links` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub links: Option<Vec<ActiveConnectionsWrapperLinksInner>>,
    /// The `status` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub status: Option<i32>,
    /// The `statusCode` property.
    #[serde(
        rename = "statusCode",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub status_code: Option<i32>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// The `KeyValuePairStringStringValues` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct KeyValuePairStringStringValues {
    /// The `key` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// The `value` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub value: Option<Vec<String>>,
}

/// The `ThumbnailsDataDto` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct ThumbnailsDataDto {
    /// Original photo
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original: Option<String>,
    /// Retina
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retina: Option<String>,
    /// Maximum size
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<String>,
    /// Big
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub big: Option<String>,
    /// Medium
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub medium: Option<String>,
    /// Small
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub small: Option<String>,
}

/// The `ThumbnailsDataWrapper` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct ThumbnailsDataWrapper {
    /// The `response` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub response: Option<ThumbnailsDataDto>,
    /// The `count` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub count: Option<i32>,
    /// The `links` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub links: Option<Vec<ActiveConnectionsWrapperLinksInner>>,
    /// The `status` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub status: Option<i32>,
    /// The `statusCode` property.
    #[serde(
        rename = "statusCode",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub status_code: Option<i32>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// Thumbnail request parameters
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct ThumbnailsRequest {
    /// Path to the temporary file
    #[serde(rename = "tmpFile", default, skip_serializing_if = "Option::is_none")]
    pub tmp_file: Option<String>,
    /// Horizontal coordinate
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub x: Option<i32>,
    /// Vertical coordinate
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub y: Option<i32>,
    /// Thumbnail width
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub width: Option<i32>,
    /// Thumbnail height
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub height: Option<i32>,
}

/// Request parameters for updating user photo
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct UpdatePhotoMemberRequest {
    /// Avatar photo URL
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub files: Option<String>,
}

/// The `uploadMemberPhoto_request` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct UploadMemberPhotoRequest {
    /// Image data
    #[serde(
        rename = "formCollection",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub form_collection: Option<Vec<KeyValuePairStringStringValues>>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// The parts of the `multipart/form-data` body of `upload_member_photo`.
#[derive(Debug, Clone, PartialEq)]
pub struct UploadMemberPhotoForm {
    /// The `formCollection` part.
    pub form_collection: Option<Vec<KeyValuePairStringStringValues>>,
}
