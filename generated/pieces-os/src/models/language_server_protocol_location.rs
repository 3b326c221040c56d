// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// LanguageServerProtocolLocation
///
/// modeled after this (https://microsoft.github.io/language-server-protocol/specifications/lsp/3.17/specification/#location)
#[derive(Debug, Clone, PartialEq)]
pub struct LanguageServerProtocolLocation {
    pub schema: Option<EmbeddedModelSchema>,
    pub uri: String,
    pub range: LanguageServerProtocolLocationRange,
}

crate::support::object!(LanguageServerProtocolLocation {
    schema: "schema" optional,
    uri: "uri" required,
    range: "range" required,
});
