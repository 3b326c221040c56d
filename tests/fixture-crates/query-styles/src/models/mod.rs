// @generated from tests/fixtures/query-styles.yaml by openapi-gen; do not edit.

//! Serde types for the schemas of Query styles.

mod page;
mod color;
mod search_filter;

pub use page::*;
pub use color::*;
pub use search_filter::*;
