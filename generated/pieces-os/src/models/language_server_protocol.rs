// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// LanguageServerProtocol
    ///
    /// TODO
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct LanguageServerProtocol {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub diagnostics: Option<LanguageServerProtocolDiagnostics> = "diagnostics" optional,
    }
}
