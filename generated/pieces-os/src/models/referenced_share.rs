// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// ReferencedShare
    ///
    /// This is a [DAG SAFE] version of a share.
    #[derive(Debug, Clone, PartialEq)]
    pub struct ReferencedShare {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub id: String = "id" required,
        pub reference: Option<FlattenedShare> = "reference" optional,
    }
}
