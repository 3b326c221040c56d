// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// Person
///
/// if expiration is add then, after the alloted expiration date the user will only have view && comment only permissions.
#[derive(Debug, Clone, PartialEq)]
pub struct Person {
    pub schema: Option<EmbeddedModelSchema>,
    pub id: String,
    pub created: GroupedTimestamp,
    pub updated: GroupedTimestamp,
    pub deleted: Option<GroupedTimestamp>,
    pub type_: PersonType,
    pub assets: Option<FlattenedAssets>,
    /// This is a Map<String, MechanismEnum> where the the key is an asset id.
    pub mechanisms: Option<std::collections::BTreeMap<String, MechanismEnum>>,
    /// This is an optional value that will keep track of the number of times this has been interacted with.
    pub interactions: Option<i64>,
    /// This is a Map<String, PersonAccess> where the the key is an asset id.
    pub access: Option<std::collections::BTreeMap<String, PersonAccess>>,
    pub tags: Option<FlattenedTags>,
    pub websites: Option<FlattenedWebsites>,
    /// This is a Map<String, PersonModel>, where the the key is an asset id.
    pub models: Option<std::collections::BTreeMap<String, PersonModel>>,
    pub annotations: Option<FlattenedAnnotations>,
    pub score: Option<Score>,
    pub summaries: Option<FlattenedWorkstreamSummaries>,
    pub anchors: Option<FlattenedAnchors>,
    pub messages: Option<FlattenedConversationMessages>,
}

crate::support::object!(Person {
    schema: "schema" optional,
    id: "id" required,
    created: "created" required,
    updated: "updated" required,
    deleted: "deleted" optional,
    type_: "type" required,
    assets: "assets" optional,
    mechanisms: "mechanisms" optional,
    interactions: "interactions" optional,
    access: "access" optional,
    tags: "tags" optional,
    websites: "websites" optional,
    models: "models" optional,
    annotations: "annotations" optional,
    score: "score" optional,
    summaries: "summaries" optional,
    anchors: "anchors" optional,
    messages: "messages" optional,
});
