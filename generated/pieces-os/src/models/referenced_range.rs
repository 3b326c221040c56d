// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// ReferencedRange
///
/// This is a minimal version of a Range, with mainly an Id.
#[derive(Debug, Clone, PartialEq)]
pub struct ReferencedRange {
    pub schema: Option<EmbeddedModelSchema>,
    pub id: String,
    pub reference: Option<FlattenedRange>,
}

crate::support::object!(ReferencedRange {
    schema: "schema" optional,
    id: "id" required,
    reference: "reference" optional,
});
