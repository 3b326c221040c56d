// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// FlattenedWebsite
///
/// This is a specific model for related websites to an asset.[DAG SAFE]
#[derive(Debug, Clone, PartialEq)]
pub struct FlattenedWebsite {
    pub schema: Option<EmbeddedModelSchema>,
    /// this is aspecific uuid that represents
    pub id: String,
    pub assets: Option<FlattenedAssets>,
    /// A customizable name.
    pub name: String,
    /// The true url or the website.
    pub url: String,
    pub created: GroupedTimestamp,
    pub updated: GroupedTimestamp,
    pub deleted: Option<GroupedTimestamp>,
    /// This is a Map<String, MechanismEnum> where the the key is an asset id.
    pub mechanisms: Option<std::collections::BTreeMap<String, MechanismEnum>>,
    /// This is an optional value that will keep track of the number of times this has been interacted with.
    pub interactions: Option<i64>,
    pub persons: Option<FlattenedPersons>,
    pub conversations: Option<FlattenedConversations>,
    pub score: Option<Score>,
    pub summaries: Option<FlattenedWorkstreamSummaries>,
    pub messages: Option<FlattenedConversationMessages>,
}

crate::support::object!(FlattenedWebsite {
    schema: "schema" optional,
    id: "id" required,
    assets: "assets" optional,
    name: "name" required,
    url: "url" required,
    created: "created" required,
    updated: "updated" required,
    deleted: "deleted" optional,
    mechanisms: "mechanisms" optional,
    interactions: "interactions" optional,
    persons: "persons" optional,
    conversations: "conversations" optional,
    score: "score" optional,
    summaries: "summaries" optional,
    messages: "messages" optional,
});
