// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// LanguageServerProtocolDiagnostics
    ///
    /// TODO
    #[derive(Debug, Clone, PartialEq)]
    pub struct LanguageServerProtocolDiagnostics {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub iterable: Vec<LanguageServerProtocolDiagnostic> = "iterable" required,
    }
}
