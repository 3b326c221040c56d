// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// ReferencedWebsite
#[derive(Debug, Clone, PartialEq)]
pub struct ReferencedWebsite {
    pub schema: Option<EmbeddedModelSchema>,
    pub id: String,
    pub reference: Option<FlattenedWebsite>,
}

crate::support::object!(ReferencedWebsite {
    schema: "schema" optional,
    id: "id" required,
    reference: "reference" optional,
});
