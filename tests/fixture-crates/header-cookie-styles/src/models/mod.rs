// @generated from tests/fixtures/header-cookie-styles.yaml by openapi-gen; do not edit.

//! Serde types for the schemas of Header and cookie styles.

mod color;
mod id_or_name;

pub use color::*;
pub use id_or_name::*;
