// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// TLPCodeSnippetSuggestedInteractions
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TlpCodeSnippetSuggestedInteractions {
    pub schema: Option<EmbeddedModelSchema>,
    pub save: Option<TlpCodeFragmentSuggestedSave>,
    pub reuse: Option<TlpCodeFragmentSuggestedReuse>,
}

crate::support::object!(TlpCodeSnippetSuggestedInteractions {
    schema: "schema" optional,
    save: "save" optional,
    reuse: "reuse" optional,
});
