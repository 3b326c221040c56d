// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

#[cfg(feature = "server")]
use crate::support::non_null;
use super::*;

/// TextLocation
///
/// This is a generic model that is used for text location.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TextLocation {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    /// this is the value that was found.
    pub text: String,
    /// this is the start index within the original string.
    pub start: i64,
    /// this is the end index within the original string.
    pub end: i64,
}
