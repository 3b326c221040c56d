// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// QGPTTaskPipelineForCodeCommentation
///
/// This task is for commenting a bit of code.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct QgptTaskPipelineForCodeCommentation {
    pub schema: Option<EmbeddedModelSchema>,
}

crate::support::object!(QgptTaskPipelineForCodeCommentation {
    schema: "schema" optional,
});
