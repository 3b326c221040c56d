// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// AnonymousTemporalRange
///
/// if you want a range between you can use from && to.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AnonymousTemporalRange {
    pub schema: Option<EmbeddedModelSchema>,
    pub from: Option<GroupedTimestamp>,
    pub to: Option<GroupedTimestamp>,
    pub between: Option<bool>,
    pub continuous: Option<bool>,
}

crate::support::object!(AnonymousTemporalRange {
    schema: "schema" optional,
    from: "from" optional,
    to: "to" optional,
    between: "between" optional,
    continuous: "continuous" optional,
});
