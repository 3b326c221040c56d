// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// LanguageServerProtocolDiagnostics
///
/// TODO
#[derive(Debug, Clone, PartialEq)]
pub struct LanguageServerProtocolDiagnostics {
    pub schema: Option<EmbeddedModelSchema>,
    pub iterable: Vec<LanguageServerProtocolDiagnostic>,
}

crate::support::object!(LanguageServerProtocolDiagnostics {
    schema: "schema" optional,
    iterable: "iterable" required,
});
