// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// TLPCodeFragmentStatistics
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TlpCodeFragmentStatistics {
    pub schema: Option<EmbeddedModelSchema>,
    pub descriptive: Option<TlpCodeFragmentDescriptiveStatistics>,
}

crate::support::object!(TlpCodeFragmentStatistics {
    schema: "schema" optional,
    descriptive: "descriptive" optional,
});
