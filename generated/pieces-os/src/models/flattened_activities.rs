// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// FlattenedActivities
    #[derive(Debug, Clone, PartialEq)]
    pub struct FlattenedActivities {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub iterable: Vec<ReferencedActivity> = "iterable" required,
    }
}
