// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// ReferencedAnchorPoint
#[derive(Debug, Clone, PartialEq)]
pub struct ReferencedAnchorPoint {
    pub schema: Option<EmbeddedModelSchema>,
    pub id: String,
    pub reference: Option<FlattenedAnchorPoint>,
}

crate::support::object!(ReferencedAnchorPoint {
    schema: "schema" optional,
    id: "id" required,
    reference: "reference" optional,
});
