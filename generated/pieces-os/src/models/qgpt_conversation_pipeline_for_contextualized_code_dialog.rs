// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// QGPTConversationPipelineForContextualizedCodeDialog
    ///
    /// This is for the users that wants to have contextualized code conversations, meaning conversations around code with Context provided.
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct QgptConversationPipelineForContextualizedCodeDialog {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
    }
}
