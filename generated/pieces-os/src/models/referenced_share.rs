// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// ReferencedShare
///
/// This is a [DAG SAFE] version of a share.
#[derive(Debug, Clone, PartialEq)]
pub struct ReferencedShare {
    pub schema: Option<EmbeddedModelSchema>,
    pub id: String,
    pub reference: Option<FlattenedShare>,
}

crate::support::object!(ReferencedShare {
    schema: "schema" optional,
    id: "id" required,
    reference: "reference" optional,
});
