// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// LanguageServerProtocolLocationRange
    ///
    /// modeled after this (https://microsoft.github.io/language-server-protocol/specifications/lsp/3.17/specification/#range)
    #[derive(Debug, Clone, PartialEq)]
    pub struct LanguageServerProtocolLocationRange {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub start: LanguageServerProtocolLocationRangePosition = "start" required,
        pub end: LanguageServerProtocolLocationRangePosition = "end" required,
    }
}
