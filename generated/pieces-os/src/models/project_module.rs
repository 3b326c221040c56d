// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// ProjectModule
///
/// This is a representation of a Module or a Project
#[derive(Debug, Clone, PartialEq)]
pub struct ProjectModule {
    pub schema: Option<EmbeddedModelSchema>,
    pub anchor: SeededAnchor,
    pub range: Option<AnonymousTemporalRange>,
    pub contributors: Option<DocumentContributors>,
    pub classifications: Option<Classifications>,
}

crate::support::object!(ProjectModule {
    schema: "schema" optional,
    anchor: "anchor" required,
    range: "range" optional,
    contributors: "contributors" optional,
    classifications: "classifications" optional,
});
