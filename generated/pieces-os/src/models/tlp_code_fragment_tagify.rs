// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// TLPCodeFragmentTagify
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct TlpCodeFragmentTagify {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub code: Option<TlpCodeSnippetTagifyCode> = "code" optional,
    }
}
