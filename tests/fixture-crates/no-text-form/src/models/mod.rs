// @generated from tests/fixtures/no-text-form.yaml by openapi-gen; do not edit.

//! Serde types for the schemas of No text form.

mod point;
mod get_search_by_ids_filter;

pub use point::*;
pub use get_search_by_ids_filter::*;
