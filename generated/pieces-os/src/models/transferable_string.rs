// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// TransferableString
    ///
    /// This is a String representaion of any of these changes.
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct TransferableString {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        /// IMPLEMENTED
        pub raw: Option<String> = "raw" optional,
        /// NOT IMPLEMENTED
        pub base64: Option<String> = "base64" optional,
        /// NOT IMPLEMENTED
        pub base64_url: Option<String> = "base64_url" optional,
        /// NOT IMPLEMENTED
        pub data_url: Option<String> = "data_url" optional,
    }
}
