// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// FlattenedSensitives
///
/// This is a flattened representation of multiple sensitive pieces of data.
#[derive(Debug, Clone, PartialEq)]
pub struct FlattenedSensitives {
    pub schema: Option<EmbeddedModelSchema>,
    pub iterable: Vec<ReferencedSensitive>,
    pub score: Option<Score>,
}

crate::support::object!(FlattenedSensitives {
    schema: "schema" optional,
    iterable: "iterable" required,
    score: "score" optional,
});
