// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// ReferencedSensitive
///
/// A reference to a sensitive which at minimum must have the Sensitive id.
#[derive(Debug, Clone, PartialEq)]
pub struct ReferencedSensitive {
    pub schema: Option<EmbeddedModelSchema>,
    pub id: String,
    pub reference: Option<FlattenedSensitive>,
}

crate::support::object!(ReferencedSensitive {
    schema: "schema" optional,
    id: "id" required,
    reference: "reference" optional,
});
