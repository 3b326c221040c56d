// @generated from tests/fixtures/literals.yaml by openapi-gen; do not edit.

//! Serde types for the schemas of Literals.

mod big;
mod obj;
mod units;
mod it;
mod arr;
mod map;
mod one;
mod get_ae;

pub use big::*;
pub use obj::*;
pub use units::*;
pub use it::*;
pub use arr::*;
pub use map::*;
pub use one::*;
pub use get_ae::*;
