// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// TLPCodeFragmentSuggestedReuse
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct TlpCodeFragmentSuggestedReuse {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub id: Option<String> = "id" optional,
    }
}
