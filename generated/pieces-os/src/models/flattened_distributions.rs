// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// FlattenedDistributions
#[derive(Debug, Clone, PartialEq)]
pub struct FlattenedDistributions {
    pub schema: Option<EmbeddedModelSchema>,
    pub iterable: Vec<ReferencedDistribution>,
}

crate::support::object!(FlattenedDistributions {
    schema: "schema" optional,
    iterable: "iterable" required,
});
