// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// LanguageServerProtocolLocation
    ///
    /// modeled after this (https://microsoft.github.io/language-server-protocol/specifications/lsp/3.17/specification/#location)
    #[derive(Debug, Clone, PartialEq)]
    pub struct LanguageServerProtocolLocation {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub uri: String = "uri" required,
        pub range: LanguageServerProtocolLocationRange = "range" required,
    }
}
