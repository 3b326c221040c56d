// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// LanguageServerProtocolDiagnostic
    ///
    /// TODO
    #[derive(Debug, Clone, PartialEq)]
    pub struct LanguageServerProtocolDiagnostic {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub range: LanguageServerProtocolLocationRange = "range" required,
        pub severity: Option<LanguageServerProtocolSeverityEnum> = "severity" optional,
        pub code: Option<LanguageServerProtocolCode> = "code" optional,
        pub code_description: Option<LanguageServerProtocolCodeDescription> =
            "codeDescription" optional,
        pub source: Option<String> = "source" optional,
        pub message: String = "message" required,
    }
}
