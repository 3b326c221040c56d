// @generated from tests/fixtures/discriminator.yaml by openapi-gen; do not edit.

//! Serde types for the schemas of Discriminator.

mod pet;
mod dog;
mod cat;
mod shape;
mod circle;
mod square;
mod drawing;
mod vehicle;
mod car;
mod truck;
mod bike;
mod inline_alternative;
mod ambiguous;

pub use pet::*;
pub use dog::*;
pub use cat::*;
pub use shape::*;
pub use circle::*;
pub use square::*;
pub use drawing::*;
pub use vehicle::*;
pub use car::*;
pub use truck::*;
pub use bike::*;
pub use inline_alternative::*;
pub use ambiguous::*;
