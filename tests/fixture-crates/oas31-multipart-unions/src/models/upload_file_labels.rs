// @generated from tests/fixtures/oas31-multipart-unions.yaml by openapi-gen; do not edit.

#[cfg(feature = "server")]
use crate::support::non_null;

/// Labels merged from two parts.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct UploadFileLabels {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub main: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub extra: Option<String>,
}
