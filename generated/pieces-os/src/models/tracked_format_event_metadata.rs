// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// TrackedFormatEventMetadata
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TrackedFormatEventMetadata {
    pub reclassification: Option<TrackedAssetEventFormatReclassificationMetadata>,
}

crate::support::object!(TrackedFormatEventMetadata {
    reclassification: "reclassification" optional,
});
