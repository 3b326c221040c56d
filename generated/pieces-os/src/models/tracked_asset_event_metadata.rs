// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// TrackedAssetEventMetadata
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct TrackedAssetEventMetadata {
        pub reclassification: Option<TrackedAssetEventFormatReclassificationMetadata> =
            "reclassification" optional,
        pub creation: Option<TrackedAssetEventCreationMetadata> = "creation" optional,
        pub rename: Option<TrackedAssetEventRenameMetadata> = "rename" optional,
        pub tag: Option<ReferencedTag> = "tag" optional,
        pub website: Option<ReferencedWebsite> = "website" optional,
        pub person: Option<ReferencedPerson> = "person" optional,
        pub sensitive: Option<ReferencedSensitive> = "sensitive" optional,
        pub share: Option<ReferencedShare> = "share" optional,
        pub search: Option<TrackedAssetsEventSearchMetadata> = "search" optional,
        pub annotation: Option<ReferencedAnnotation> = "annotation" optional,
        pub hint: Option<ReferencedHint> = "hint" optional,
        pub anchor: Option<ReferencedAnchor> = "anchor" optional,
    }
}
