// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// Score
///
/// This is use as the score for an asset.
#[derive(Debug, Clone, PartialEq)]
pub struct Score {
    pub schema: Option<EmbeddedModelSchema>,
    /// These are points assigned via manual user driven events.
    pub manual: i64,
    /// These are point assigned via automatic activity events.
    pub automatic: i64,
    pub priority: Option<i64>,
    pub reuse: Option<i64>,
    pub update: Option<i64>,
    pub reference: Option<i64>,
    pub searched: Option<i64>,
}

crate::support::object!(Score {
    schema: "schema" optional,
    manual: "manual" required,
    automatic: "automatic" required,
    priority: "priority" optional,
    reuse: "reuse" optional,
    update: "update" optional,
    reference: "reference" optional,
    searched: "searched" optional,
});
