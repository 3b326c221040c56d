// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// FlattenedTag
    ///
    /// This is a Flattened Version of a Tag.
    #[derive(Debug, Clone, PartialEq)]
    pub struct FlattenedTag {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub id: String = "id" required,
        pub text: String = "text" required,
        /// This is a Map<String, MechanismEnum> where the the key is an asset id.
        pub mechanisms: Option<std::collections::BTreeMap<String, MechanismEnum>> =
            "mechanisms" optional,
        pub assets: Option<FlattenedAssets> = "assets" optional,
        pub created: GroupedTimestamp = "created" required,
        pub updated: GroupedTimestamp = "updated" required,
        pub deleted: Option<GroupedTimestamp> = "deleted" optional,
        pub category: TagCategoryEnum = "category" required,
        pub relationship: Option<Relationship> = "relationship" optional,
        /// This is an optional value that will keep track of the number of times this has been interacted with.
        pub interactions: Option<i64> = "interactions" optional,
        pub persons: Option<FlattenedPersons> = "persons" optional,
        pub score: Option<Score> = "score" optional,
    }
}
