// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// TLPCodeFragmentClassificationMetadata
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct TlpCodeFragmentClassificationMetadata {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub context: Option<Classification> = "context" optional,
        pub prior: Option<Classification> = "prior" optional,
    }
}
