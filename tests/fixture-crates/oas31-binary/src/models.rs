// @generated from tests/fixtures/oas31-binary.yaml by openapi-gen; do not edit.

//! Serde types for the schemas of Binary 3.1.

/// The `Stored` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Stored {
    /// The `size` property.
    pub size: crate::Integer,
    /// A base64 picture.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub thumbnail: Option<crate::Base64>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// The parts of the `multipart/form-data` body of `uploadFile`.
#[derive(Debug, Clone, PartialEq)]
pub struct UploadFileForm {
    /// The `file` part.
    pub file: bytes::Bytes,
    /// The `label` part.
    pub label: Option<String>,
}
