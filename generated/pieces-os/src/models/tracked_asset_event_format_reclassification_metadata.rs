// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// TrackedAssetEventFormatReclassificationMetadata
///
/// Metadata of a format reclassification event
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TrackedAssetEventFormatReclassificationMetadata {
    pub schema: Option<EmbeddedModelSchema>,
    pub previous: Option<Classification>,
    pub current: Option<Classification>,
}

crate::support::object!(TrackedAssetEventFormatReclassificationMetadata {
    schema: "schema" optional,
    previous: "previous" optional,
    current: "current" optional,
});
