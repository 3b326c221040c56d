// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// TrackedFormatEventMetadata
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct TrackedFormatEventMetadata {
        pub reclassification: Option<TrackedAssetEventFormatReclassificationMetadata> =
            "reclassification" optional,
    }
}
