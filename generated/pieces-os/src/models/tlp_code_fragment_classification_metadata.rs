// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// TLPCodeFragmentClassificationMetadata
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TlpCodeFragmentClassificationMetadata {
    pub schema: Option<EmbeddedModelSchema>,
    pub context: Option<Classification>,
    pub prior: Option<Classification>,
}

crate::support::object!(TlpCodeFragmentClassificationMetadata {
    schema: "schema" optional,
    context: "context" optional,
    prior: "prior" optional,
});
