// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// Person
    ///
    /// if expiration is add then, after the alloted expiration date the user will only have view && comment only permissions.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Person {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub id: String = "id" required,
        pub created: GroupedTimestamp = "created" required,
        pub updated: GroupedTimestamp = "updated" required,
        pub deleted: Option<GroupedTimestamp> = "deleted" optional,
        pub type_: PersonType = "type" required,
        pub assets: Option<FlattenedAssets> = "assets" optional,
        /// This is a Map<String, MechanismEnum> where the the key is an asset id.
        pub mechanisms: Option<std::collections::BTreeMap<String, MechanismEnum>> =
            "mechanisms" optional,
        /// This is an optional value that will keep track of the number of times this has been interacted with.
        pub interactions: Option<i64> = "interactions" optional,
        /// This is a Map<String, PersonAccess> where the the key is an asset id.
        pub access: Option<std::collections::BTreeMap<String, PersonAccess>> = "access" optional,
        pub tags: Option<FlattenedTags> = "tags" optional,
        pub websites: Option<FlattenedWebsites> = "websites" optional,
        /// This is a Map<String, PersonModel>, where the the key is an asset id.
        pub models: Option<std::collections::BTreeMap<String, PersonModel>> = "models" optional,
        pub annotations: Option<FlattenedAnnotations> = "annotations" optional,
        pub score: Option<Score> = "score" optional,
        pub summaries: Option<FlattenedWorkstreamSummaries> = "summaries" optional,
        pub anchors: Option<FlattenedAnchors> = "anchors" optional,
        pub messages: Option<FlattenedConversationMessages> = "messages" optional,
    }
}
