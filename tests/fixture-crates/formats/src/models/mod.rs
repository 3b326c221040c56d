// @generated from tests/fixtures/formats.yaml by openapi-gen; do not edit.

//! Serde types for the schemas of Formats.

mod formats;

pub use formats::*;
