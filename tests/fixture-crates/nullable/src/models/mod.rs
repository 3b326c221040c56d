// @generated from tests/fixtures/nullable.yaml by openapi-gen; do not edit.

//! Serde types for the schemas of Nullable.

mod thing;
mod maybe_name;

pub use thing::*;
pub use maybe_name::*;
