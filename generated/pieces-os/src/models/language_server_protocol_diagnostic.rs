// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// LanguageServerProtocolDiagnostic
///
/// TODO
#[derive(Debug, Clone, PartialEq)]
pub struct LanguageServerProtocolDiagnostic {
    pub schema: Option<EmbeddedModelSchema>,
    pub range: LanguageServerProtocolLocationRange,
    pub severity: Option<LanguageServerProtocolSeverityEnum>,
    pub code: Option<LanguageServerProtocolCode>,
    pub code_description: Option<LanguageServerProtocolCodeDescription>,
    pub source: Option<String>,
    pub message: String,
}

crate::support::object!(LanguageServerProtocolDiagnostic {
    schema: "schema" optional,
    range: "range" required,
    severity: "severity" optional,
    code: "code" optional,
    code_description: "codeDescription" optional,
    source: "source" optional,
    message: "message" required,
});
