// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// FlattenedPreview
///
/// These are the references of the formats **Only UUIDS**
#[derive(Debug, Clone, PartialEq)]
pub struct FlattenedPreview {
    pub schema: Option<EmbeddedModelSchema>,
    /// this is a reference(uuid) to the base format
    pub base: String,
    /// this is a reference(uuid) to the overlay format
    pub overlay: Option<String>,
}

crate::support::object!(FlattenedPreview {
    schema: "schema" optional,
    base: "base" required,
    overlay: "overlay" optional,
});
