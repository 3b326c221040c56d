// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

#[cfg(feature = "server")]
use crate::support::non_null;
use super::*;

/// ModelCapabilities
///
/// This will let us know what capabilities the model is aloud to be used for.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct ModelCapabilities {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    /// True if model is able to support live context and any other temporally powered RAG Capabilities i.e. "What did I do yesterday?"
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub temporal: Option<bool>,
    /// True if the model can leverage images and graphical material files in it's context window
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub images: Option<bool>,
    /// True if the model can leverage videos files in it's context window
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub videos: Option<bool>,
    /// True if the model can leverage code/text/other files in it's context window
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub documents: Option<bool>,
    /// True if the model can leverage entire code bases/snippetized code bases in its context window
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub codebases: Option<bool>,
    /// True if the model can leverage saved assets & their metadata in its context window.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub assets: Option<bool>,
    /// True if the model can leverage websites in its context window.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub websites: Option<bool>,
}
