// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// ReferencedWorkstreamEvent
    ///
    /// This is a minimal representation of a WorkstreamEvent event.
    #[derive(Debug, Clone, PartialEq)]
    pub struct ReferencedWorkstreamEvent {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub id: String = "id" required,
        pub reference: Option<FlattenedWorkstreamEvent> = "reference" optional,
    }
}
