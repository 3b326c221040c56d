// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// QGPTPromptPipeline
///
/// This is a model related to switching between different prompts based on if we are dealing with various tasks or if we are attempting to converse with LLMs via conversation.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct QgptPromptPipeline {
    pub schema: Option<EmbeddedModelSchema>,
    pub task: Option<QgptTaskPipeline>,
    pub conversation: Option<QgptConversationPipeline>,
}

crate::support::object!(QgptPromptPipeline {
    schema: "schema" optional,
    task: "task" optional,
    conversation: "conversation" optional,
});
