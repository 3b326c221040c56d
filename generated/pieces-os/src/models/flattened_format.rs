// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// FlattenedFormat [DAG Safety]
    ///
    /// A representation of Data for a particular Form Factor of an Asset.[DAG Compatible - Directed Acyclic Graph Data Structure]
    #[derive(Debug, Clone, PartialEq)]
    pub struct FlattenedFormat {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub id: String = "id" required,
        pub creator: String = "creator" required,
        pub classification: Classification = "classification" required,
        pub icon: Option<String> = "icon" optional,
        pub role: Role = "role" required,
        pub application: Application = "application" required,
        /// UniversalUniqueIdentifier (UUID)
        ///
        /// A uuid model.
        pub asset: uuid::Uuid = "asset" required,
        pub bytes: ByteDescriptor = "bytes" required,
        pub created: GroupedTimestamp = "created" required,
        pub updated: GroupedTimestamp = "updated" required,
        pub deleted: Option<GroupedTimestamp> = "deleted" optional,
        pub synced: Option<GroupedTimestamp> = "synced" optional,
        /// This is a path used to determine what path this format lives at within the cloud.
        pub cloud: Option<String> = "cloud" optional,
        pub fragment: Option<FragmentFormat> = "fragment" optional,
        pub file: Option<FileFormat> = "file" optional,
        pub analysis: Option<Box<FlattenedAnalysis>> = "analysis" optional,
        pub relationship: Option<Relationship> = "relationship" optional,
        pub activities: Option<FlattenedActivities> = "activities" optional,
    }
}
