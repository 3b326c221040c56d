// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// LanguageServerProtocolCode
    ///
    /// NOTE: this can me a union type here..
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct LanguageServerProtocolCode {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub code_integer: Option<i64> = "code_integer" optional,
        pub code_string: Option<String> = "code_string" optional,
        /// This is a Map<String, String>, basically just a json object for additional data if int/string will not work
        pub raw_json: Option<std::collections::BTreeMap<String, String>> = "raw_json" optional,
    }
}
