// @generated from tests/fixtures/operations.yaml by openapi-gen; do not edit.

//! Serde types for the schemas of Operations.

/// The `Item` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Item {
    /// The `id` property.
    pub id: String,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// The `Problem` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Problem {
    /// The `title` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub title: Option<String>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// The `PutItemsByItemIdCreatedBody` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct PutItemsByItemIdCreatedBody {
    /// The `id` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub id: Option<String>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// The parts of the `multipart/form-data` body of `uploadForm`.
#[derive(Debug, Clone, PartialEq)]
pub struct UploadFormForm {
    /// The `file` part.
    pub file: bytes::Bytes,
    /// The `note` part.
    pub note: Option<String>,
    /// The `labels` part.
    pub labels: Option<Vec<String>>,
}
