// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// TrackedAssetEventMetadata
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TrackedAssetEventMetadata {
    pub reclassification: Option<TrackedAssetEventFormatReclassificationMetadata>,
    pub creation: Option<TrackedAssetEventCreationMetadata>,
    pub rename: Option<TrackedAssetEventRenameMetadata>,
    pub tag: Option<ReferencedTag>,
    pub website: Option<ReferencedWebsite>,
    pub person: Option<ReferencedPerson>,
    pub sensitive: Option<ReferencedSensitive>,
    pub share: Option<ReferencedShare>,
    pub search: Option<TrackedAssetsEventSearchMetadata>,
    pub annotation: Option<ReferencedAnnotation>,
    pub hint: Option<ReferencedHint>,
    pub anchor: Option<ReferencedAnchor>,
}

crate::support::object!(TrackedAssetEventMetadata {
    reclassification: "reclassification" optional,
    creation: "creation" optional,
    rename: "rename" optional,
    tag: "tag" optional,
    website: "website" optional,
    person: "person" optional,
    sensitive: "sensitive" optional,
    share: "share" optional,
    search: "search" optional,
    annotation: "annotation" optional,
    hint: "hint" optional,
    anchor: "anchor" optional,
});
