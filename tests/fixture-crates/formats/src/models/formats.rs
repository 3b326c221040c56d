// @generated from tests/fixtures/formats.yaml by openapi-gen; do not edit.

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Formats {
    pub i32: i32,
    pub i64: i64,
    pub f32: f32,
    pub f64: f64,
    pub date: chrono::NaiveDate,
    #[serde(rename = "dateTime")]
    pub date_time: chrono::DateTime<chrono::FixedOffset>,
    pub uuid: uuid::Uuid,
    pub uri: crate::Uri,
    pub email: String,
    pub binary: String,
    pub byte: crate::Base64,
    pub password: String,
    pub unknown: String,
    #[serde(rename = "plainInteger")]
    pub plain_integer: i64,
    #[serde(rename = "plainNumber")]
    pub plain_number: f64,
}
