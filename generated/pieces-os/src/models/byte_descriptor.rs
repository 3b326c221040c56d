// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

#[cfg(feature = "server")]
use crate::support::non_null;
use super::*;

/// ByteDescriptor
///
/// This is a nice microclass to help with managing the size of a File or Fragment in a readable way for UI's
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ByteDescriptor {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub value: i64,
    pub readable: String,
}
