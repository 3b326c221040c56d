// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// SeededAssetEnrichment
///
/// This is a specific Model for the SeededAsset that will enable the developer to modify the enrichment levels of persons, tags, websites.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SeededAssetEnrichment {
    pub schema: Option<EmbeddedModelSchema>,
    pub tags: Option<i64>,
    pub websites: Option<i64>,
    pub persons: Option<i64>,
    pub hints: Option<i64>,
}

crate::support::object!(SeededAssetEnrichment {
    schema: "schema" optional,
    tags: "tags" optional,
    websites: "websites" optional,
    persons: "persons" optional,
    hints: "hints" optional,
});
