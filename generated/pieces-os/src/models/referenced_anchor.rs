// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// ReferencedAnchor
///
/// This is the referenced version of a Anchor, main used for the uuid.
#[derive(Debug, Clone, PartialEq)]
pub struct ReferencedAnchor {
    pub schema: Option<EmbeddedModelSchema>,
    pub id: String,
    pub reference: Option<FlattenedAnchor>,
}

crate::support::object!(ReferencedAnchor {
    schema: "schema" optional,
    id: "id" required,
    reference: "reference" optional,
});
