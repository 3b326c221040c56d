// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// Additional Metadata as Neeeded i.e. Search + Query, etc
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct SeededTrackedAssetsEventMetadata {
        pub search: Option<TrackedAssetsEventSearchMetadata> = "search" optional,
    }
}
