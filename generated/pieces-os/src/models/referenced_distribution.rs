// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// ReferencedDistribution
#[derive(Debug, Clone, PartialEq)]
pub struct ReferencedDistribution {
    pub schema: Option<EmbeddedModelSchema>,
    pub id: String,
    pub reference: Option<FlattenedDistribution>,
}

crate::support::object!(ReferencedDistribution {
    schema: "schema" optional,
    id: "id" required,
    reference: "reference" optional,
});
