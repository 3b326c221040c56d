// @generated from tests/fixtures/formats.yaml by openapi-gen; do not edit.

crate::support::object! {
    #[derive(Debug, Clone, PartialEq)]
    pub struct Formats {
        pub i32: i32 = "i32" required,
        pub i64: i64 = "i64" required,
        pub f32: f32 = "f32" required,
        pub f64: f64 = "f64" required,
        pub date: chrono::NaiveDate = "date" required,
        pub date_time: chrono::DateTime<chrono::FixedOffset> = "dateTime" required,
        pub uuid: uuid::Uuid = "uuid" required,
        pub uri: crate::Uri = "uri" required,
        pub email: String = "email" required,
        pub binary: String = "binary" required,
        pub byte: crate::Base64 = "byte" required,
        pub password: String = "password" required,
        pub unknown: String = "unknown" required,
        pub plain_integer: i64 = "plainInteger" required,
        pub plain_number: f64 = "plainNumber" required,
    }
}
