// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// FlattenedAsset [DAG Safety]
///
/// An Asset Model representing data extracted from an Application connecting a group of data containing one or more Formats.
#[derive(Debug, Clone, PartialEq)]
pub struct FlattenedAsset {
    pub schema: Option<EmbeddedModelSchema>,
    /// The globally available UID representing the asset in the Database, both locally and in the cloud.
    pub id: String,
    pub name: Option<String>,
    pub creator: String,
    pub created: GroupedTimestamp,
    pub updated: GroupedTimestamp,
    pub synced: Option<GroupedTimestamp>,
    pub deleted: Option<GroupedTimestamp>,
    pub formats: FlattenedFormats,
    pub preview: FlattenedPreview,
    /// An identifier of the format that is a reference to the original.
    pub original: String,
    pub shares: Option<FlattenedShares>,
    pub mechanism: MechanismEnum,
    pub websites: Option<FlattenedWebsites>,
    pub interacted: Option<GroupedTimestamp>,
    pub tags: Option<FlattenedTags>,
    pub sensitives: Option<FlattenedSensitives>,
    pub persons: Option<FlattenedPersons>,
    /// This is an optional boolean that will flag that this asset came from a currated collection.
    pub curated: Option<bool>,
    pub discovered: Option<bool>,
    pub activities: Option<FlattenedActivities>,
    pub score: Option<Score>,
    pub favorited: Option<bool>,
    pub pseudo: Option<bool>,
    pub annotations: Option<FlattenedAnnotations>,
    pub hints: Option<FlattenedHints>,
    pub anchors: Option<FlattenedAnchors>,
    pub conversations: Option<FlattenedConversations>,
    /// This will let us know if this asset was generated as a 'demo' snippet
    pub demo: Option<bool>,
    pub summaries: Option<FlattenedWorkstreamSummaries>,
}

crate::support::object!(FlattenedAsset {
    schema: "schema" optional,
    id: "id" required,
    name: "name" optional,
    creator: "creator" required,
    created: "created" required,
    updated: "updated" required,
    synced: "synced" optional,
    deleted: "deleted" optional,
    formats: "formats" required,
    preview: "preview" required,
    original: "original" required,
    shares: "shares" optional,
    mechanism: "mechanism" required,
    websites: "websites" optional,
    interacted: "interacted" optional,
    tags: "tags" optional,
    sensitives: "sensitives" optional,
    persons: "persons" optional,
    curated: "curated" optional,
    discovered: "discovered" optional,
    activities: "activities" optional,
    score: "score" optional,
    favorited: "favorited" optional,
    pseudo: "pseudo" optional,
    annotations: "annotations" optional,
    hints: "hints" optional,
    anchors: "anchors" optional,
    conversations: "conversations" optional,
    demo: "demo" optional,
    summaries: "summaries" optional,
});
