// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// QGPTTaskPipelineForCodeModification
    ///
    /// This task is for modifying a bit of code, IE modify this code to do xyz.
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct QgptTaskPipelineForCodeModification {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        /// This is the instruction that we will use to modify this snippet.
        pub instruction: Option<String> = "instruction" optional,
    }
}
