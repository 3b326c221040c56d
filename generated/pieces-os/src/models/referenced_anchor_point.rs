// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// ReferencedAnchorPoint
    #[derive(Debug, Clone, PartialEq)]
    pub struct ReferencedAnchorPoint {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub id: String = "id" required,
        pub reference: Option<FlattenedAnchorPoint> = "reference" optional,
    }
}
