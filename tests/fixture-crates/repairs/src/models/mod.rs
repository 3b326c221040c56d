// @generated from tests/fixtures/repairs.yaml by openapi-gen; do not edit.

//! Serde types for the schemas of Repairs.

mod not_found;

pub use not_found::*;
