// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// FlattenedAnnotations
///
/// This is a flattened plural of Annotation, typically this will just be a list of uuids.
#[derive(Debug, Clone, PartialEq)]
pub struct FlattenedAnnotations {
    pub schema: Option<EmbeddedModelSchema>,
    pub iterable: Vec<ReferencedAnnotation>,
    /// This is a Map<String, int> where the the key is an annotation id.
    pub indices: Option<std::collections::BTreeMap<String, i64>>,
    pub score: Option<Score>,
}

crate::support::object!(FlattenedAnnotations {
    schema: "schema" optional,
    iterable: "iterable" required,
    indices: "indices" optional,
    score: "score" optional,
});
