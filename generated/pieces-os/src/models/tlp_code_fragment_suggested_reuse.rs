// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// TLPCodeFragmentSuggestedReuse
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TlpCodeFragmentSuggestedReuse {
    pub schema: Option<EmbeddedModelSchema>,
    pub id: Option<String>,
}

crate::support::object!(TlpCodeFragmentSuggestedReuse {
    schema: "schema" optional,
    id: "id" optional,
});
