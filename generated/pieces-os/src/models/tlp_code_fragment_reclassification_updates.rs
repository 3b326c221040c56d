// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// TLPCodeFragmentReclassificationUpdates
#[derive(Debug, Clone, PartialEq)]
pub struct TlpCodeFragmentReclassificationUpdates {
    pub schema: Option<EmbeddedModelSchema>,
    pub previous: Classification,
    pub current: Classification,
}

crate::support::object!(TlpCodeFragmentReclassificationUpdates {
    schema: "schema" optional,
    previous: "previous" required,
    current: "current" required,
});
