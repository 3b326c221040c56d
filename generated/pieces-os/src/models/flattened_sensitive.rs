// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

#[cfg(feature = "server")]
use crate::support::non_null;
use super::*;

/// FlattenedSensitive
///
/// This is a dereferenced representation of a sensitive pieces of data.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FlattenedSensitive {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub id: String,
    pub created: GroupedTimestamp,
    pub updated: GroupedTimestamp,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub deleted: Option<GroupedTimestamp>,
    pub asset: ReferencedAsset,
    pub text: String,
    pub mechanism: MechanismEnum,
    pub category: SensitiveCategoryEnum,
    pub severity: SensitiveSeverityEnum,
    pub name: String,
    pub description: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub metadata: Option<SensitiveMetadata>,
    /// This is an optional value that will keep track of the number of times this has been interacted with.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub interactions: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub score: Option<Score>,
}
