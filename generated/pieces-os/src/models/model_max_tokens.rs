// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// ModelMaxTokens
///
/// This will describe the MaxTokens for an MLModel
#[derive(Debug, Clone, PartialEq)]
pub struct ModelMaxTokens {
    pub schema: Option<EmbeddedModelSchema>,
    pub total: Option<f64>,
    pub input: Option<f64>,
    pub output: Option<f64>,
}

crate::support::object!(ModelMaxTokens {
    schema: "schema" optional,
    total: "total" required_or_null,
    input: "input" optional_or_null,
    output: "output" optional_or_null,
});
