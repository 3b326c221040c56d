// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// TrackedAssetEventFormatReclassificationMetadata
    ///
    /// Metadata of a format reclassification event
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct TrackedAssetEventFormatReclassificationMetadata {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub previous: Option<Classification> = "previous" optional,
        pub current: Option<Classification> = "current" optional,
    }
}
