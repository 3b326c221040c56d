// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// FlattenedSensitive
    ///
    /// This is a dereferenced representation of a sensitive pieces of data.
    #[derive(Debug, Clone, PartialEq)]
    pub struct FlattenedSensitive {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub id: String = "id" required,
        pub created: GroupedTimestamp = "created" required,
        pub updated: GroupedTimestamp = "updated" required,
        pub deleted: Option<GroupedTimestamp> = "deleted" optional,
        pub asset: ReferencedAsset = "asset" required,
        pub text: String = "text" required,
        pub mechanism: MechanismEnum = "mechanism" required,
        pub category: SensitiveCategoryEnum = "category" required,
        pub severity: SensitiveSeverityEnum = "severity" required,
        pub name: String = "name" required,
        pub description: String = "description" required,
        pub metadata: Option<SensitiveMetadata> = "metadata" optional,
        /// This is an optional value that will keep track of the number of times this has been interacted with.
        pub interactions: Option<i64> = "interactions" optional,
        pub score: Option<Score> = "score" optional,
    }
}
