// @generated from tests/fixtures/enums.yaml by openapi-gen; do not edit.

//! Serde types for the schemas of Enums.

mod status;
mod only;
mod priority;
mod symbols;

pub use status::*;
pub use only::*;
pub use priority::*;
pub use symbols::*;
