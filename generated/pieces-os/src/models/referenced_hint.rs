// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// ReferencedHint
    ///
    /// This is the referenced version of a hint, main used for the uuid.
    #[derive(Debug, Clone, PartialEq)]
    pub struct ReferencedHint {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub id: String = "id" required,
        pub reference: Option<FlattenedHint> = "reference" optional,
    }
}
