// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// FlattenedFormat [DAG Safety]
///
/// A representation of Data for a particular Form Factor of an Asset.[DAG Compatible - Directed Acyclic Graph Data Structure]
#[derive(Debug, Clone, PartialEq)]
pub struct FlattenedFormat {
    pub schema: Option<EmbeddedModelSchema>,
    pub id: String,
    pub creator: String,
    pub classification: Classification,
    pub icon: Option<String>,
    pub role: Role,
    pub application: Application,
    /// UniversalUniqueIdentifier (UUID)
    ///
    /// A uuid model.
    pub asset: uuid::Uuid,
    pub bytes: ByteDescriptor,
    pub created: GroupedTimestamp,
    pub updated: GroupedTimestamp,
    pub deleted: Option<GroupedTimestamp>,
    pub synced: Option<GroupedTimestamp>,
    /// This is a path used to determine what path this format lives at within the cloud.
    pub cloud: Option<String>,
    pub fragment: Option<FragmentFormat>,
    pub file: Option<FileFormat>,
    pub analysis: Option<Box<FlattenedAnalysis>>,
    pub relationship: Option<Relationship>,
    pub activities: Option<FlattenedActivities>,
}

crate::support::object!(FlattenedFormat {
    schema: "schema" optional,
    id: "id" required,
    creator: "creator" required,
    classification: "classification" required,
    icon: "icon" optional,
    role: "role" required,
    application: "application" required,
    asset: "asset" required,
    bytes: "bytes" required,
    created: "created" required,
    updated: "updated" required,
    deleted: "deleted" optional,
    synced: "synced" optional,
    cloud: "cloud" optional,
    fragment: "fragment" optional,
    file: "file" optional,
    analysis: "analysis" optional,
    relationship: "relationship" optional,
    activities: "activities" optional,
});
