// @generated from tests/fixtures/formats.yaml by openapi-gen; do not edit.

//! Serde types for the schemas of Formats.

/// The `Formats` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Formats {
    /// The `i32` property.
    pub i32: i32,
    /// The `i64` property.
    pub i64: i64,
    /// The `f32` property.
    pub f32: f32,
    /// The `f64` property.
    pub f64: f64,
    /// The `date` property.
    pub date: chrono::NaiveDate,
    /// The `dateTime` property.
    #[serde(rename = "dateTime")]
    pub date_time: chrono::DateTime<chrono::FixedOffset>,
    /// The `uuid` property.
    pub uuid: uuid::Uuid,
    /// The `uri` property.
    pub uri: crate::Uri,
    /// The `email` property.
    pub email: String,
    /// The `binary` property.
    pub binary: String,
    /// The `byte` property.
    pub byte: crate::Base64,
    /// The `password` property.
    pub password: String,
    /// The `unknown` property.
    pub unknown: String,
    /// The `plainInteger` property.
    #[serde(rename = "plainInteger")]
    pub plain_integer: crate::Integer,
    /// The `plainNumber` property.
    #[serde(rename = "plainNumber")]
    pub plain_number: f64,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}
