// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// QGPTConversationPipeline
///
/// This model is specifically for QGPT Conversation pipelines, the model is used to group conversational prompts for instance a conversation around generating code.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct QgptConversationPipeline {
    pub schema: Option<EmbeddedModelSchema>,
    pub contextualized_code_generation: Option<
        QgptConversationPipelineForContextualizedCodeGeneration,
    >,
    pub generalized_code_dialog: Option<
        QgptConversationPipelineForGeneralizedCodeDialog,
    >,
    pub contextualized_code_dialog: Option<
        QgptConversationPipelineForContextualizedCodeDialog,
    >,
    pub contextualized_code_workstream_dialog: Option<
        QgptConversationPipelineForContextualizedCodeWorkstreamDialog,
    >,
}

crate::support::object!(QgptConversationPipeline {
    schema: "schema" optional,
    contextualized_code_generation: "contextualized_code_generation" optional,
    generalized_code_dialog: "generalized_code_dialog" optional,
    contextualized_code_dialog: "contextualized_code_dialog" optional,
    contextualized_code_workstream_dialog: "contextualized_code_workstream_dialog" optional,
});
