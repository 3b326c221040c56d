// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

#[cfg(feature = "server")]
use crate::support::non_null;
use super::*;

/// LanguageServerProtocolLocationRangePosition
///
/// modeled after this (https://microsoft.github.io/language-server-protocol/specifications/lsp/3.17/specification/#position)
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct LanguageServerProtocolLocationRangePosition {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub line: i64,
    pub character: i64,
}
