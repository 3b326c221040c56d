// @generated from tests/fixtures/path-styles.yaml by openapi-gen; do not edit.

//! Serde types for the schemas of Path styles.

mod color;
mod workflow_id;
mod label_object;
mod workflow_runs_workflow_id;

pub use color::*;
pub use workflow_id::*;
pub use label_object::*;
pub use workflow_runs_workflow_id::*;
