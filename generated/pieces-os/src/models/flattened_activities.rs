// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// FlattenedActivities
#[derive(Debug, Clone, PartialEq)]
pub struct FlattenedActivities {
    pub schema: Option<EmbeddedModelSchema>,
    pub iterable: Vec<ReferencedActivity>,
}

crate::support::object!(FlattenedActivities {
    schema: "schema" optional,
    iterable: "iterable" required,
});
