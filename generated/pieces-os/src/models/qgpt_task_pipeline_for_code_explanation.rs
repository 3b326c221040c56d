// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// QGPTTaskPipelineForCodeExplanation
    ///
    /// This task is for explaining a bit of code.
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct QgptTaskPipelineForCodeExplanation {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
    }
}
