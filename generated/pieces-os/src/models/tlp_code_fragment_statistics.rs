// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// TLPCodeFragmentStatistics
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct TlpCodeFragmentStatistics {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub descriptive: Option<TlpCodeFragmentDescriptiveStatistics> = "descriptive" optional,
    }
}
