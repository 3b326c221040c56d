// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// ReferencedTag
    ///
    /// [DAG Safe] version of a Tag Model.
    #[derive(Debug, Clone, PartialEq)]
    pub struct ReferencedTag {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub id: String = "id" required,
        pub reference: Option<FlattenedTag> = "reference" optional,
    }
}
