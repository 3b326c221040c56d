// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// ReferencedWorkstreamSummary
    ///
    /// this is a referenced minimal version of a WorkstreamSummary typically just our uuid.
    #[derive(Debug, Clone, PartialEq)]
    pub struct ReferencedWorkstreamSummary {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub id: String = "id" required,
        pub reference: Option<FlattenedWorkstreamSummary> = "reference" optional,
    }
}
