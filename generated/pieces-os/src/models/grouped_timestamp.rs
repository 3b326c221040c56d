// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// GroupedTimestamp
///
/// A helper classs to wrap Date-Time Values with Useful Helper Properties
#[derive(Debug, Clone, PartialEq)]
pub struct GroupedTimestamp {
    pub schema: Option<EmbeddedModelSchema>,
    pub value: chrono::DateTime<chrono::FixedOffset>,
    pub readable: Option<String>,
}

crate::support::object!(GroupedTimestamp {
    schema: "schema" optional,
    value: "value" required,
    readable: "readable" optional,
});
