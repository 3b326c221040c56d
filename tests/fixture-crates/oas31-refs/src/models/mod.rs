// @generated from tests/fixtures/oas31-refs.yaml by openapi-gen; do not edit.

//! Serde types for the schemas of Refs 3.1.

mod order;
mod customer;
mod line;

pub use order::*;
pub use customer::*;
pub use line::*;
