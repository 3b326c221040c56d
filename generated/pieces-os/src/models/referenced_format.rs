// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// ReferencedFormat [DAG Safety]
    ///
    /// A reference to a format which at minimum must have the format's id.
    #[derive(Debug, Clone, PartialEq)]
    pub struct ReferencedFormat {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        /// The id of the Format
        pub id: String = "id" required,
        pub reference: Option<Box<FlattenedFormat>> = "reference" optional,
    }
}
