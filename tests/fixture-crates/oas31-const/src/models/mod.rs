// @generated from tests/fixtures/oas31-const.yaml by openapi-gen; do not edit.

//! Serde types for the schemas of Const 3.1.

mod event;

pub use event::*;
