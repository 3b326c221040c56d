// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// ReferencedFormat [DAG Safety]
///
/// A reference to a format which at minimum must have the format's id.
#[derive(Debug, Clone, PartialEq)]
pub struct ReferencedFormat {
    pub schema: Option<EmbeddedModelSchema>,
    /// The id of the Format
    pub id: String,
    pub reference: Option<Box<FlattenedFormat>>,
}

crate::support::object!(ReferencedFormat {
    schema: "schema" optional,
    id: "id" required,
    reference: "reference" optional,
});
