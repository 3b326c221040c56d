// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// ReferencedAnnotation
///
/// This is the referenced version of a annotation, main used for the uuid.
#[derive(Debug, Clone, PartialEq)]
pub struct ReferencedAnnotation {
    pub schema: Option<EmbeddedModelSchema>,
    pub id: String,
    pub reference: Option<FlattenedAnnotation>,
}

crate::support::object!(ReferencedAnnotation {
    schema: "schema" optional,
    id: "id" required,
    reference: "reference" optional,
});
