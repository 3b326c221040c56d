// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// QGPTConversationPipelineForGeneralizedCodeDialog
    ///
    /// This is for the users that wants to have generalized code conversations without any context.
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct QgptConversationPipelineForGeneralizedCodeDialog {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
    }
}
