// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

#[cfg(feature = "server")]
use crate::support::non_null;
use super::*;

/// LanguageServerProtocolLocationRange
///
/// modeled after this (https://microsoft.github.io/language-server-protocol/specifications/lsp/3.17/specification/#range)
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct LanguageServerProtocolLocationRange {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub start: LanguageServerProtocolLocationRangePosition,
    pub end: LanguageServerProtocolLocationRangePosition,
}
