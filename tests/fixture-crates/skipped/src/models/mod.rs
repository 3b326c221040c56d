// @generated from tests/fixtures/skipped.yaml by openapi-gen; do not edit.

//! Serde types for the schemas of Skipped.

mod subscription;
mod event;

pub use subscription::*;
pub use event::*;
