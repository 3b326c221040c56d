// @generated from tests/fixtures/objects.yaml by openapi-gen; do not edit.

//! Serde types for the schemas of Objects.

mod pet;
mod pet2;
mod closed;

pub use pet::*;
pub use pet2::*;
pub use closed::*;
