// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// QGPTTaskPipelineForCodeCompletion
    ///
    /// This task is for code_completion ie auto-complete.
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct QgptTaskPipelineForCodeCompletion {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub context: Option<Vec<String>> = "context" optional,
    }
}
