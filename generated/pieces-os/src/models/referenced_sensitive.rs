// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// ReferencedSensitive
    ///
    /// A reference to a sensitive which at minimum must have the Sensitive id.
    #[derive(Debug, Clone, PartialEq)]
    pub struct ReferencedSensitive {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub id: String = "id" required,
        pub reference: Option<FlattenedSensitive> = "reference" optional,
    }
}
