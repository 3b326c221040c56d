// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// LanguageServerProtocol
///
/// TODO
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LanguageServerProtocol {
    pub schema: Option<EmbeddedModelSchema>,
    pub diagnostics: Option<LanguageServerProtocolDiagnostics>,
}

crate::support::object!(LanguageServerProtocol {
    schema: "schema" optional,
    diagnostics: "diagnostics" optional,
});
