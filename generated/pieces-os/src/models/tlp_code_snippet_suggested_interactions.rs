// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// TLPCodeSnippetSuggestedInteractions
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct TlpCodeSnippetSuggestedInteractions {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub save: Option<TlpCodeFragmentSuggestedSave> = "save" optional,
        pub reuse: Option<TlpCodeFragmentSuggestedReuse> = "reuse" optional,
    }
}
