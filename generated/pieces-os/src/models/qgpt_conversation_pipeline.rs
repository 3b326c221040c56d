// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// QGPTConversationPipeline
    ///
    /// This model is specifically for QGPT Conversation pipelines, the model is used to group conversational prompts for instance a conversation around generating code.
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct QgptConversationPipeline {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub contextualized_code_generation: Option<QgptConversationPipelineForContextualizedCodeGeneration> =
            "contextualized_code_generation" optional,
        pub generalized_code_dialog: Option<QgptConversationPipelineForGeneralizedCodeDialog> =
            "generalized_code_dialog" optional,
        pub contextualized_code_dialog: Option<QgptConversationPipelineForContextualizedCodeDialog> =
            "contextualized_code_dialog" optional,
        pub contextualized_code_workstream_dialog: Option<QgptConversationPipelineForContextualizedCodeWorkstreamDialog> =
            "contextualized_code_workstream_dialog" optional,
    }
}
