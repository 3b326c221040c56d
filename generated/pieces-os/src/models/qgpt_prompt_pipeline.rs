// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// QGPTPromptPipeline
    ///
    /// This is a model related to switching between different prompts based on if we are dealing with various tasks or if we are attempting to converse with LLMs via conversation.
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct QgptPromptPipeline {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub task: Option<QgptTaskPipeline> = "task" optional,
        pub conversation: Option<QgptConversationPipeline> = "conversation" optional,
    }
}
