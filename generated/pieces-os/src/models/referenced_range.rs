// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// ReferencedRange
    ///
    /// This is a minimal version of a Range, with mainly an Id.
    #[derive(Debug, Clone, PartialEq)]
    pub struct ReferencedRange {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub id: String = "id" required,
        pub reference: Option<FlattenedRange> = "reference" optional,
    }
}
