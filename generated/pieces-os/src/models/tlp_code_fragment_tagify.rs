// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// TLPCodeFragmentTagify
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TlpCodeFragmentTagify {
    pub schema: Option<EmbeddedModelSchema>,
    pub code: Option<TlpCodeSnippetTagifyCode>,
}

crate::support::object!(TlpCodeFragmentTagify {
    schema: "schema" optional,
    code: "code" optional,
});
