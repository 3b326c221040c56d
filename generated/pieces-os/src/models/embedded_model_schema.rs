// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// EmbeddedModelSchema
    ///
    /// This is a model that will keep track of all of our version related to our models.
    #[derive(Debug, Clone, PartialEq)]
    pub struct EmbeddedModelSchema {
        /// this is the current database version that this model was used for.
        pub migration: i64 = "migration" required,
        pub semantic: Option<EmbeddedModelSchemaSemanticVersionEnum> = "semantic" optional,
    }
}
