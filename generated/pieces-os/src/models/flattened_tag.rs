// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// FlattenedTag
///
/// This is a Flattened Version of a Tag.
#[derive(Debug, Clone, PartialEq)]
pub struct FlattenedTag {
    pub schema: Option<EmbeddedModelSchema>,
    pub id: String,
    pub text: String,
    /// This is a Map<String, MechanismEnum> where the the key is an asset id.
    pub mechanisms: Option<std::collections::BTreeMap<String, MechanismEnum>>,
    pub assets: Option<FlattenedAssets>,
    pub created: GroupedTimestamp,
    pub updated: GroupedTimestamp,
    pub deleted: Option<GroupedTimestamp>,
    pub category: TagCategoryEnum,
    pub relationship: Option<Relationship>,
    /// This is an optional value that will keep track of the number of times this has been interacted with.
    pub interactions: Option<i64>,
    pub persons: Option<FlattenedPersons>,
    pub score: Option<Score>,
}

crate::support::object!(FlattenedTag {
    schema: "schema" optional,
    id: "id" required,
    text: "text" required,
    mechanisms: "mechanisms" optional,
    assets: "assets" optional,
    created: "created" required,
    updated: "updated" required,
    deleted: "deleted" optional,
    category: "category" required,
    relationship: "relationship" optional,
    interactions: "interactions" optional,
    persons: "persons" optional,
    score: "score" optional,
});
