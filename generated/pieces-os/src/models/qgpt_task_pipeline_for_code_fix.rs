// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// QGPTTaskPipelineForCodeFix
    ///
    /// This task is for fixing a bit of code.
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct QgptTaskPipelineForCodeFix {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        /// This is the error message provided from the IDE, that we can use to provide the solution.
        pub error: Option<String> = "error" optional,
    }
}
