// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// FileFormat
    ///
    /// This describes a FileFormat.
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct FileFormat {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub bytes: Option<TransferableBytes> = "bytes" optional,
        pub string: Option<TransferableString> = "string" optional,
    }
}
