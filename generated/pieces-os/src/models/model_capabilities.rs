// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// ModelCapabilities
    ///
    /// This will let us know what capabilities the model is aloud to be used for.
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct ModelCapabilities {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        /// True if model is able to support live context and any other temporally powered RAG Capabilities i.e. "What did I do yesterday?"
        pub temporal: Option<bool> = "temporal" optional,
        /// True if the model can leverage images and graphical material files in it's context window
        pub images: Option<bool> = "images" optional,
        /// True if the model can leverage videos files in it's context window
        pub videos: Option<bool> = "videos" optional,
        /// True if the model can leverage code/text/other files in it's context window
        pub documents: Option<bool> = "documents" optional,
        /// True if the model can leverage entire code bases/snippetized code bases in its context window
        pub codebases: Option<bool> = "codebases" optional,
        /// True if the model can leverage saved assets & their metadata in its context window.
        pub assets: Option<bool> = "assets" optional,
        /// True if the model can leverage websites in its context window.
        pub websites: Option<bool> = "websites" optional,
    }
}
