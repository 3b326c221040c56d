// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// ReferencedWorkstreamEvent
///
/// This is a minimal representation of a WorkstreamEvent event.
#[derive(Debug, Clone, PartialEq)]
pub struct ReferencedWorkstreamEvent {
    pub schema: Option<EmbeddedModelSchema>,
    pub id: String,
    pub reference: Option<FlattenedWorkstreamEvent>,
}

crate::support::object!(ReferencedWorkstreamEvent {
    schema: "schema" optional,
    id: "id" required,
    reference: "reference" optional,
});
