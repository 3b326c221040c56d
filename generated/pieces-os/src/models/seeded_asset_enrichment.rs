// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// SeededAssetEnrichment
    ///
    /// This is a specific Model for the SeededAsset that will enable the developer to modify the enrichment levels of persons, tags, websites.
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct SeededAssetEnrichment {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub tags: Option<i64> = "tags" optional,
        pub websites: Option<i64> = "websites" optional,
        pub persons: Option<i64> = "persons" optional,
        pub hints: Option<i64> = "hints" optional,
    }
}
