// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// ReferencedDistribution
    #[derive(Debug, Clone, PartialEq)]
    pub struct ReferencedDistribution {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub id: String = "id" required,
        pub reference: Option<FlattenedDistribution> = "reference" optional,
    }
}
