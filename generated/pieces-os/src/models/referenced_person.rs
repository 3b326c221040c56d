// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// ReferencedPerson
///
/// [DAG Safe] version of a Person Model.
#[derive(Debug, Clone, PartialEq)]
pub struct ReferencedPerson {
    pub schema: Option<EmbeddedModelSchema>,
    pub id: String,
    pub reference: Option<FlattenedPerson>,
}

crate::support::object!(ReferencedPerson {
    schema: "schema" optional,
    id: "id" required,
    reference: "reference" optional,
});
