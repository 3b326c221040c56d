// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// EmbeddedModelSchema
///
/// This is a model that will keep track of all of our version related to our models.
#[derive(Debug, Clone, PartialEq)]
pub struct EmbeddedModelSchema {
    /// this is the current database version that this model was used for.
    pub migration: i64,
    pub semantic: Option<EmbeddedModelSchemaSemanticVersionEnum>,
}

crate::support::object!(EmbeddedModelSchema {
    migration: "migration" required,
    semantic: "semantic" optional,
});
