// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// FlattenedAsset [DAG Safety]
    ///
    /// An Asset Model representing data extracted from an Application connecting a group of data containing one or more Formats.
    #[derive(Debug, Clone, PartialEq)]
    pub struct FlattenedAsset {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        /// The globally available UID representing the asset in the Database, both locally and in the cloud.
        pub id: String = "id" required,
        pub name: Option<String> = "name" optional,
        pub creator: String = "creator" required,
        pub created: GroupedTimestamp = "created" required,
        pub updated: GroupedTimestamp = "updated" required,
        pub synced: Option<GroupedTimestamp> = "synced" optional,
        pub deleted: Option<GroupedTimestamp> = "deleted" optional,
        pub formats: FlattenedFormats = "formats" required,
        pub preview: FlattenedPreview = "preview" required,
        /// An identifier of the format that is a reference to the original.
        pub original: String = "original" required,
        pub shares: Option<FlattenedShares> = "shares" optional,
        pub mechanism: MechanismEnum = "mechanism" required,
        pub websites: Option<FlattenedWebsites> = "websites" optional,
        pub interacted: Option<GroupedTimestamp> = "interacted" optional,
        pub tags: Option<FlattenedTags> = "tags" optional,
        pub sensitives: Option<FlattenedSensitives> = "sensitives" optional,
        pub persons: Option<FlattenedPersons> = "persons" optional,
        /// This is an optional boolean that will flag that this asset came from a currated collection.
        pub curated: Option<bool> = "curated" optional,
        pub discovered: Option<bool> = "discovered" optional,
        pub activities: Option<FlattenedActivities> = "activities" optional,
        pub score: Option<Score> = "score" optional,
        pub favorited: Option<bool> = "favorited" optional,
        pub pseudo: Option<bool> = "pseudo" optional,
        pub annotations: Option<FlattenedAnnotations> = "annotations" optional,
        pub hints: Option<FlattenedHints> = "hints" optional,
        pub anchors: Option<FlattenedAnchors> = "anchors" optional,
        pub conversations: Option<FlattenedConversations> = "conversations" optional,
        /// This will let us know if this asset was generated as a 'demo' snippet
        pub demo: Option<bool> = "demo" optional,
        pub summaries: Option<FlattenedWorkstreamSummaries> = "summaries" optional,
    }
}
