// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// ReferencedAnnotation
    ///
    /// This is the referenced version of a annotation, main used for the uuid.
    #[derive(Debug, Clone, PartialEq)]
    pub struct ReferencedAnnotation {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub id: String = "id" required,
        pub reference: Option<FlattenedAnnotation> = "reference" optional,
    }
}
