// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// TextMatch
///
/// Thext Match currently used for sensitive for scales for people, and anything related to text matching.
#[derive(Debug, Clone, PartialEq)]
pub struct TextMatch {
    pub schema: Option<EmbeddedModelSchema>,
    pub group: TextLocation,
    pub subgroup: Option<TextLocation>,
}

crate::support::object!(TextMatch {
    schema: "schema" optional,
    group: "group" required,
    subgroup: "subgroup" optional,
});
