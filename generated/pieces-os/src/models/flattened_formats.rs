// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// FlattenedFormats
///
/// A collection of Formats specific to the authenticated user.
#[derive(Debug, Clone, PartialEq)]
pub struct FlattenedFormats {
    pub schema: Option<EmbeddedModelSchema>,
    pub iterable: Vec<ReferencedFormat>,
}

crate::support::object!(FlattenedFormats {
    schema: "schema" optional,
    iterable: "iterable" required,
});
