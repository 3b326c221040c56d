// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// QGPTConversationPipelineForContextualizedCodeWorkstreamDialog
    ///
    /// This is for the users that wants to have contextualized code conversations around their workstream materials, meaning conversations around code with Context provided, as well as workstream information ie information gathered from the WPE.
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct QgptConversationPipelineForContextualizedCodeWorkstreamDialog {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
    }
}
