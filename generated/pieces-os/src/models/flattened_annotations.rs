// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// FlattenedAnnotations
    ///
    /// This is a flattened plural of Annotation, typically this will just be a list of uuids.
    #[derive(Debug, Clone, PartialEq)]
    pub struct FlattenedAnnotations {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub iterable: Vec<ReferencedAnnotation> = "iterable" required,
        /// This is a Map<String, int> where the the key is an annotation id.
        pub indices: Option<std::collections::BTreeMap<String, i64>> = "indices" optional,
        pub score: Option<Score> = "score" optional,
    }
}
