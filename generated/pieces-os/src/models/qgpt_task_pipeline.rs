// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// QGPTTaskPipeline
///
/// This model is specifically for QGPT Task pipelines, the model is used to group one off tasks for instance fix/explaining/commenting that dont necessarily require a conversation form factor.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct QgptTaskPipeline {
    pub schema: Option<EmbeddedModelSchema>,
    pub code_explanation: Option<QgptTaskPipelineForCodeExplanation>,
    pub code_commentation: Option<QgptTaskPipelineForCodeCommentation>,
    pub code_fix: Option<QgptTaskPipelineForCodeFix>,
    pub code_modification: Option<QgptTaskPipelineForCodeModification>,
    pub code_completion: Option<QgptTaskPipelineForCodeCompletion>,
}

crate::support::object!(QgptTaskPipeline {
    schema: "schema" optional,
    code_explanation: "code_explanation" optional,
    code_commentation: "code_commentation" optional,
    code_fix: "code_fix" optional,
    code_modification: "code_modification" optional,
    code_completion: "code_completion" optional,
});
