// @generated from tests/fixtures/formats.yaml by openapi-gen; do not edit.

#[derive(Debug, Clone, PartialEq)]
pub struct Formats {
    pub i32: i32,
    pub i64: i64,
    pub f32: f32,
    pub f64: f64,
    pub date: chrono::NaiveDate,
    pub date_time: chrono::DateTime<chrono::FixedOffset>,
    pub uuid: uuid::Uuid,
    pub uri: crate::Uri,
    pub email: String,
    pub binary: String,
    pub byte: crate::Base64,
    pub password: String,
    pub unknown: String,
    pub plain_integer: i64,
    pub plain_number: f64,
}

crate::support::object!(Formats {
    i32: "i32" required,
    i64: "i64" required,
    f32: "f32" required,
    f64: "f64" required,
    date: "date" required,
    date_time: "dateTime" required,
    uuid: "uuid" required,
    uri: "uri" required,
    email: "email" required,
    binary: "binary" required,
    byte: "byte" required,
    password: "password" required,
    unknown: "unknown" required,
    plain_integer: "plainInteger" required,
    plain_number: "plainNumber" required,
});
