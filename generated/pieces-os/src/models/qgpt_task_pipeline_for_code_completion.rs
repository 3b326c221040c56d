// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// QGPTTaskPipelineForCodeCompletion
///
/// This task is for code_completion ie auto-complete.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct QgptTaskPipelineForCodeCompletion {
    pub schema: Option<EmbeddedModelSchema>,
    pub context: Option<Vec<String>>,
}

crate::support::object!(QgptTaskPipelineForCodeCompletion {
    schema: "schema" optional,
    context: "context" optional,
});
