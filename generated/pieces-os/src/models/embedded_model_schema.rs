// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

#[cfg(feature = "server")]
use crate::support::non_null;
use super::*;

/// EmbeddedModelSchema
///
/// This is a model that will keep track of all of our version related to our models.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct EmbeddedModelSchema {
    /// this is the current database version that this model was used for.
    pub migration: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub semantic: Option<EmbeddedModelSchemaSemanticVersionEnum>,
}
