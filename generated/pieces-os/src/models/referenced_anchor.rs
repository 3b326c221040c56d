// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// ReferencedAnchor
    ///
    /// This is the referenced version of a Anchor, main used for the uuid.
    #[derive(Debug, Clone, PartialEq)]
    pub struct ReferencedAnchor {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub id: String = "id" required,
        pub reference: Option<FlattenedAnchor> = "reference" optional,
    }
}
