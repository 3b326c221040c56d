// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// FlattenedAnchorPoint
#[derive(Debug, Clone, PartialEq)]
pub struct FlattenedAnchorPoint {
    pub schema: Option<EmbeddedModelSchema>,
    pub id: String,
    pub verified: Option<bool>,
    /// This is the text of the path.
    pub fullpath: String,
    pub created: GroupedTimestamp,
    pub updated: GroupedTimestamp,
    pub deleted: Option<GroupedTimestamp>,
    pub platform: Option<PlatformEnum>,
    pub anchor: ReferencedAnchor,
    pub score: Option<Score>,
}

crate::support::object!(FlattenedAnchorPoint {
    schema: "schema" optional,
    id: "id" required,
    verified: "verified" optional,
    fullpath: "fullpath" required,
    created: "created" required,
    updated: "updated" required,
    deleted: "deleted" optional,
    platform: "platform" optional,
    anchor: "anchor" required,
    score: "score" optional,
});
