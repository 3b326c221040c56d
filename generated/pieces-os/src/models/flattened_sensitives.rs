// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// FlattenedSensitives
    ///
    /// This is a flattened representation of multiple sensitive pieces of data.
    #[derive(Debug, Clone, PartialEq)]
    pub struct FlattenedSensitives {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub iterable: Vec<ReferencedSensitive> = "iterable" required,
        pub score: Option<Score> = "score" optional,
    }
}
