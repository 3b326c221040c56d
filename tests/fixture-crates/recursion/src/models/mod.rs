// @generated from tests/fixtures/recursion.yaml by openapi-gen; do not edit.

//! Serde types for the schemas of Recursion.

mod node;
mod a;
mod b;

pub use node::*;
pub use a::*;
pub use b::*;
