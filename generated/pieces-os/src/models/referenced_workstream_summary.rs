// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// ReferencedWorkstreamSummary
///
/// this is a referenced minimal version of a WorkstreamSummary typically just our uuid.
#[derive(Debug, Clone, PartialEq)]
pub struct ReferencedWorkstreamSummary {
    pub schema: Option<EmbeddedModelSchema>,
    pub id: String,
    pub reference: Option<FlattenedWorkstreamSummary>,
}

crate::support::object!(ReferencedWorkstreamSummary {
    schema: "schema" optional,
    id: "id" required,
    reference: "reference" optional,
});
