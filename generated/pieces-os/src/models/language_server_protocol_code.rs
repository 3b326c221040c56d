// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// LanguageServerProtocolCode
///
/// NOTE: this can me a union type here..
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LanguageServerProtocolCode {
    pub schema: Option<EmbeddedModelSchema>,
    pub code_integer: Option<i64>,
    pub code_string: Option<String>,
    /// This is a Map<String, String>, basically just a json object for additional data if int/string will not work
    pub raw_json: Option<std::collections::BTreeMap<String, String>>,
}

crate::support::object!(LanguageServerProtocolCode {
    schema: "schema" optional,
    code_integer: "code_integer" optional,
    code_string: "code_string" optional,
    raw_json: "raw_json" optional,
});
