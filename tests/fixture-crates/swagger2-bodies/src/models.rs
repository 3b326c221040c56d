// @generated from tests/fixtures/swagger2-bodies.yaml by openapi-gen; do not edit.

//! Serde types for the schemas of Bodies 2.0.

/// The `Pet` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Pet {
    /// The `name` property.
    pub name: String,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// The `Photo` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Photo {
    /// The `size` property.
    pub size: crate::Integer,
    /// The `caption` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub caption: Option<String>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// The `LoginRequest` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct LoginRequest {
    /// The `user` property.
    pub user: String,
    /// The `remember` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub remember: Option<bool>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// The parts of the `multipart/form-data` body of `uploadPhoto`.
#[derive(Debug, Clone, PartialEq)]
pub struct UploadPhotoForm {
    /// The `photo` part.
    pub photo: bytes::Bytes,
    /// The `caption` part.
    pub caption: Option<String>,
}
