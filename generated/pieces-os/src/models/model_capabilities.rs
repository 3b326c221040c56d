// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// ModelCapabilities
///
/// This will let us know what capabilities the model is aloud to be used for.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ModelCapabilities {
    pub schema: Option<EmbeddedModelSchema>,
    /// True if model is able to support live context and any other temporally powered RAG Capabilities i.e. "What did I do yesterday?"
    pub temporal: Option<bool>,
    /// True if the model can leverage images and graphical material files in it's context window
    pub images: Option<bool>,
    /// True if the model can leverage videos files in it's context window
    pub videos: Option<bool>,
    /// True if the model can leverage code/text/other files in it's context window
    pub documents: Option<bool>,
    /// True if the model can leverage entire code bases/snippetized code bases in its context window
    pub codebases: Option<bool>,
    /// True if the model can leverage saved assets & their metadata in its context window.
    pub assets: Option<bool>,
    /// True if the model can leverage websites in its context window.
    pub websites: Option<bool>,
}

crate::support::object!(ModelCapabilities {
    schema: "schema" optional,
    temporal: "temporal" optional,
    images: "images" optional,
    videos: "videos" optional,
    documents: "documents" optional,
    codebases: "codebases" optional,
    assets: "assets" optional,
    websites: "websites" optional,
});
