// @generated from tests/fixtures/maps.yaml by openapi-gen; do not edit.

//! Serde types for the schemas of Maps and arrays.

mod labels;
mod groups;
mod free_form;
mod anything;
mod matrix;
mod mixed;

pub use labels::*;
pub use groups::*;
pub use free_form::*;
pub use anything::*;
pub use matrix::*;
pub use mixed::*;
