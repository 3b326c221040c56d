// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// FragmentFormat
    ///
    /// This will be either a TransferableString or TransferableBytes that represent your fragment.
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct FragmentFormat {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub string: Option<TransferableString> = "string" optional,
        pub bytes: Option<TransferableBytes> = "bytes" optional,
        pub metadata: Option<FragmentMetadata> = "metadata" optional,
    }
}
