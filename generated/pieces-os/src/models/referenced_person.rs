// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// ReferencedPerson
    ///
    /// [DAG Safe] version of a Person Model.
    #[derive(Debug, Clone, PartialEq)]
    pub struct ReferencedPerson {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub id: String = "id" required,
        pub reference: Option<FlattenedPerson> = "reference" optional,
    }
}
