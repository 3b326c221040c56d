// @generated from tests/fixtures/oas31-nullable.yaml by openapi-gen; do not edit.

//! Serde types for the schemas of Nullable 3.1.

mod thing;
mod owner;

pub use thing::*;
pub use owner::*;
