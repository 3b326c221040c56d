// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// Additional Metadata as Neeeded i.e. Search + Query, etc
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SeededTrackedAssetsEventMetadata {
    pub search: Option<TrackedAssetsEventSearchMetadata>,
}

crate::support::object!(SeededTrackedAssetsEventMetadata {
    search: "search" optional,
});
