// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// LanguageServerProtocolLocationRange
///
/// modeled after this (https://microsoft.github.io/language-server-protocol/specifications/lsp/3.17/specification/#range)
#[derive(Debug, Clone, PartialEq)]
pub struct LanguageServerProtocolLocationRange {
    pub schema: Option<EmbeddedModelSchema>,
    pub start: LanguageServerProtocolLocationRangePosition,
    pub end: LanguageServerProtocolLocationRangePosition,
}

crate::support::object!(LanguageServerProtocolLocationRange {
    schema: "schema" optional,
    start: "start" required,
    end: "end" required,
});
