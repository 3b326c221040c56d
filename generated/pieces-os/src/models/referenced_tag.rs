// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// ReferencedTag
///
/// [DAG Safe] version of a Tag Model.
#[derive(Debug, Clone, PartialEq)]
pub struct ReferencedTag {
    pub schema: Option<EmbeddedModelSchema>,
    pub id: String,
    pub reference: Option<FlattenedTag>,
}

crate::support::object!(ReferencedTag {
    schema: "schema" optional,
    id: "id" required,
    reference: "reference" optional,
});
