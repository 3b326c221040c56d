// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// PersonAccess
///
/// if scoped is provided will let us know what level of permission(access) this specific person has in relation to what scope.(collection, asset,...etc)
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PersonAccess {
    pub schema: Option<EmbeddedModelSchema>,
    pub scoped: Option<PersonAccessScopedEnum>,
    pub deleted: Option<GroupedTimestamp>,
}

crate::support::object!(PersonAccess {
    schema: "schema" optional,
    scoped: "scoped" optional,
    deleted: "deleted" optional,
});
