// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// LanguageServerProtocolLocationRangePosition
///
/// modeled after this (https://microsoft.github.io/language-server-protocol/specifications/lsp/3.17/specification/#position)
#[derive(Debug, Clone, PartialEq)]
pub struct LanguageServerProtocolLocationRangePosition {
    pub schema: Option<EmbeddedModelSchema>,
    pub line: i64,
    pub character: i64,
}

crate::support::object!(LanguageServerProtocolLocationRangePosition {
    schema: "schema" optional,
    line: "line" required,
    character: "character" required,
});
