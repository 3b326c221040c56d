// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// FlattenedShares [DAG Safe]
///
/// This is just an iterable of our individual share models.
#[derive(Debug, Clone, PartialEq)]
pub struct FlattenedShares {
    pub schema: Option<EmbeddedModelSchema>,
    pub iterable: Vec<FlattenedShare>,
    pub score: Option<Score>,
}

crate::support::object!(FlattenedShares {
    schema: "schema" optional,
    iterable: "iterable" required,
    score: "score" optional,
});
