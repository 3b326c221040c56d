// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// FlattenedAnchorPoint
    #[derive(Debug, Clone, PartialEq)]
    pub struct FlattenedAnchorPoint {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub id: String = "id" required,
        pub verified: Option<bool> = "verified" optional,
        /// This is the text of the path.
        pub fullpath: String = "fullpath" required,
        pub created: GroupedTimestamp = "created" required,
        pub updated: GroupedTimestamp = "updated" required,
        pub deleted: Option<GroupedTimestamp> = "deleted" optional,
        pub platform: Option<PlatformEnum> = "platform" optional,
        pub anchor: ReferencedAnchor = "anchor" required,
        pub score: Option<Score> = "score" optional,
    }
}
