// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// QGPTTaskPipelineForCodeCommentation
    ///
    /// This task is for commenting a bit of code.
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct QgptTaskPipelineForCodeCommentation {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
    }
}
