// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// QGPTTaskPipeline
    ///
    /// This model is specifically for QGPT Task pipelines, the model is used to group one off tasks for instance fix/explaining/commenting that dont necessarily require a conversation form factor.
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct QgptTaskPipeline {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub code_explanation: Option<QgptTaskPipelineForCodeExplanation> =
            "code_explanation" optional,
        pub code_commentation: Option<QgptTaskPipelineForCodeCommentation> =
            "code_commentation" optional,
        pub code_fix: Option<QgptTaskPipelineForCodeFix> = "code_fix" optional,
        pub code_modification: Option<QgptTaskPipelineForCodeModification> =
            "code_modification" optional,
        pub code_completion: Option<QgptTaskPipelineForCodeCompletion> = "code_completion" optional,
    }
}
