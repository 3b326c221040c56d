// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// ReferencedActivity
    #[derive(Debug, Clone, PartialEq)]
    pub struct ReferencedActivity {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub id: String = "id" required,
        pub reference: Option<FlattenedActivity> = "reference" optional,
    }
}
