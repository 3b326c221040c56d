// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// PersonAccess
    ///
    /// if scoped is provided will let us know what level of permission(access) this specific person has in relation to what scope.(collection, asset,...etc)
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct PersonAccess {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub scoped: Option<PersonAccessScopedEnum> = "scoped" optional,
        pub deleted: Option<GroupedTimestamp> = "deleted" optional,
    }
}
