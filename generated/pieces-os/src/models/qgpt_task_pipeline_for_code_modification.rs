// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// QGPTTaskPipelineForCodeModification
///
/// This task is for modifying a bit of code, IE modify this code to do xyz.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct QgptTaskPipelineForCodeModification {
    pub schema: Option<EmbeddedModelSchema>,
    /// This is the instruction that we will use to modify this snippet.
    pub instruction: Option<String>,
}

crate::support::object!(QgptTaskPipelineForCodeModification {
    schema: "schema" optional,
    instruction: "instruction" optional,
});
