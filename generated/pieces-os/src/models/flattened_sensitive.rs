// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// FlattenedSensitive
///
/// This is a dereferenced representation of a sensitive pieces of data.
#[derive(Debug, Clone, PartialEq)]
pub struct FlattenedSensitive {
    pub schema: Option<EmbeddedModelSchema>,
    pub id: String,
    pub created: GroupedTimestamp,
    pub updated: GroupedTimestamp,
    pub deleted: Option<GroupedTimestamp>,
    pub asset: ReferencedAsset,
    pub text: String,
    pub mechanism: MechanismEnum,
    pub category: SensitiveCategoryEnum,
    pub severity: SensitiveSeverityEnum,
    pub name: String,
    pub description: String,
    pub metadata: Option<SensitiveMetadata>,
    /// This is an optional value that will keep track of the number of times this has been interacted with.
    pub interactions: Option<i64>,
    pub score: Option<Score>,
}

crate::support::object!(FlattenedSensitive {
    schema: "schema" optional,
    id: "id" required,
    created: "created" required,
    updated: "updated" required,
    deleted: "deleted" optional,
    asset: "asset" required,
    text: "text" required,
    mechanism: "mechanism" required,
    category: "category" required,
    severity: "severity" required,
    name: "name" required,
    description: "description" required,
    metadata: "metadata" optional,
    interactions: "interactions" optional,
    score: "score" optional,
});
