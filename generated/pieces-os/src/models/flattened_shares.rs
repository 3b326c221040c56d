// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// FlattenedShares [DAG Safe]
    ///
    /// This is just an iterable of our individual share models.
    #[derive(Debug, Clone, PartialEq)]
    pub struct FlattenedShares {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub iterable: Vec<FlattenedShare> = "iterable" required,
        pub score: Option<Score> = "score" optional,
    }
}
