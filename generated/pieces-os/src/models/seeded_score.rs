// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// SeededScore
///
/// This is the low level seeded score and will let us know what exactly we want to increment on our material.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SeededScore {
    pub schema: Option<EmbeddedModelSchema>,
    pub reuse: Option<bool>,
    pub update: Option<bool>,
    pub reference: Option<bool>,
    pub priority: Option<bool>,
    pub searched: Option<bool>,
}

crate::support::object!(SeededScore {
    schema: "schema" optional,
    reuse: "reuse" optional,
    update: "update" optional,
    reference: "reference" optional,
    priority: "priority" optional,
    searched: "searched" optional,
});
