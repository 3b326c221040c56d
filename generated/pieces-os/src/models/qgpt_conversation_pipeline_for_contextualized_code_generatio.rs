// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// QGPTConversationPipelineForContextualizedCodeGeneration
    ///
    /// This type of conversation is reccomended to be provided when a user want generate code w/ context provided.
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct QgptConversationPipelineForContextualizedCodeGeneration {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
    }
}
