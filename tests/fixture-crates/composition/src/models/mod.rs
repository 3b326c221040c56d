// @generated from tests/fixtures/composition.yaml by openapi-gen; do not edit.

//! Serde types for the schemas of Composition.

mod base;
mod dog;
mod cat;
mod pet;
mod id_or_name;

pub use base::*;
pub use dog::*;
pub use cat::*;
pub use pet::*;
pub use id_or_name::*;
