// @generated from tests/fixtures/schemas-misc.yaml by openapi-gen; do not edit.

//! Serde types for the schemas of Schemas misc.

mod mixed;
mod number_enum;
mod boolean_const;
mod nullable_enum;
mod anything;
mod untyped;
mod grid;
mod tags;
mod open;
mod closed;
mod counted;
mod free_form;
mod free_form_true;
mod account;
mod employee;
mod team;
mod shelf;
mod crate_;

pub use mixed::*;
pub use number_enum::*;
pub use boolean_const::*;
pub use nullable_enum::*;
pub use anything::*;
pub use untyped::*;
pub use grid::*;
pub use tags::*;
pub use open::*;
pub use closed::*;
pub use counted::*;
pub use free_form::*;
pub use free_form_true::*;
pub use account::*;
pub use employee::*;
pub use team::*;
pub use shelf::*;
pub use crate_::*;
