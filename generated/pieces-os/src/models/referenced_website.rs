// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// ReferencedWebsite
    #[derive(Debug, Clone, PartialEq)]
    pub struct ReferencedWebsite {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub id: String = "id" required,
        pub reference: Option<FlattenedWebsite> = "reference" optional,
    }
}
