// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// LanguageServerProtocolCodeDescription
    ///
    /// modeled off of (https://microsoft.github.io/language-server-protocol/specifications/lsp/3.17/specification/#codeDescription)
    #[derive(Debug, Clone, PartialEq)]
    pub struct LanguageServerProtocolCodeDescription {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub href: String = "href" required,
    }
}
