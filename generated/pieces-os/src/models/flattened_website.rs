// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// FlattenedWebsite
    ///
    /// This is a specific model for related websites to an asset.[DAG SAFE]
    #[derive(Debug, Clone, PartialEq)]
    pub struct FlattenedWebsite {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        /// this is aspecific uuid that represents
        pub id: String = "id" required,
        pub assets: Option<FlattenedAssets> = "assets" optional,
        /// A customizable name.
        pub name: String = "name" required,
        /// The true url or the website.
        pub url: String = "url" required,
        pub created: GroupedTimestamp = "created" required,
        pub updated: GroupedTimestamp = "updated" required,
        pub deleted: Option<GroupedTimestamp> = "deleted" optional,
        /// This is a Map<String, MechanismEnum> where the the key is an asset id.
        pub mechanisms: Option<std::collections::BTreeMap<String, MechanismEnum>> =
            "mechanisms" optional,
        /// This is an optional value that will keep track of the number of times this has been interacted with.
        pub interactions: Option<i64> = "interactions" optional,
        pub persons: Option<FlattenedPersons> = "persons" optional,
        pub conversations: Option<FlattenedConversations> = "conversations" optional,
        pub score: Option<Score> = "score" optional,
        pub summaries: Option<FlattenedWorkstreamSummaries> = "summaries" optional,
        pub messages: Option<FlattenedConversationMessages> = "messages" optional,
    }
}
