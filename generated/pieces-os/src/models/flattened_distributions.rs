// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// FlattenedDistributions
    #[derive(Debug, Clone, PartialEq)]
    pub struct FlattenedDistributions {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub iterable: Vec<ReferencedDistribution> = "iterable" required,
    }
}
