// @generated from tests/fixtures/swagger2-schemas.yaml by openapi-gen; do not edit.

//! Serde types for the schemas of Schemas 2.0.

mod shape;
mod circle;
mod square;

pub use shape::*;
pub use circle::*;
pub use square::*;
