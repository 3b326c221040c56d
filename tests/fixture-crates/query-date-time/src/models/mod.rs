// @generated from tests/fixtures/query-date-time.yaml by openapi-gen; do not edit.

//! Serde types for the schemas of Query date-time.

mod window;

pub use window::*;
