// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// TransferableBytes
    ///
    /// Bytes is a Model for A FileFormat.
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct TransferableBytes {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        /// IMPLEMENTED
        pub raw: Option<Vec<i64>> = "raw" optional,
        /// NOT IMPLEMENTED
        pub base64: Option<Vec<i64>> = "base64" optional,
        /// NOT IMPLEMENTED
        pub base64_url: Option<Vec<i64>> = "base64_url" optional,
        /// NOT IMPLEMENTED
        pub data_url: Option<Vec<i64>> = "data_url" optional,
    }
}
