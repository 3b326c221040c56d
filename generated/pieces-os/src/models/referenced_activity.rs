// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// ReferencedActivity
#[derive(Debug, Clone, PartialEq)]
pub struct ReferencedActivity {
    pub schema: Option<EmbeddedModelSchema>,
    pub id: String,
    pub reference: Option<FlattenedActivity>,
}

crate::support::object!(ReferencedActivity {
    schema: "schema" optional,
    id: "id" required,
    reference: "reference" optional,
});
