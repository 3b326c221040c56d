// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// ReferencedHint
///
/// This is the referenced version of a hint, main used for the uuid.
#[derive(Debug, Clone, PartialEq)]
pub struct ReferencedHint {
    pub schema: Option<EmbeddedModelSchema>,
    pub id: String,
    pub reference: Option<FlattenedHint>,
}

crate::support::object!(ReferencedHint {
    schema: "schema" optional,
    id: "id" required,
    reference: "reference" optional,
});
