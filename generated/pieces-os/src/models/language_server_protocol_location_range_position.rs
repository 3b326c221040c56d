// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// LanguageServerProtocolLocationRangePosition
    ///
    /// modeled after this (https://microsoft.github.io/language-server-protocol/specifications/lsp/3.17/specification/#position)
    #[derive(Debug, Clone, PartialEq)]
    pub struct LanguageServerProtocolLocationRangePosition {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub line: i64 = "line" required,
        pub character: i64 = "character" required,
    }
}
