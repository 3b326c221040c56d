// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// FileFormat
///
/// This describes a FileFormat.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FileFormat {
    pub schema: Option<EmbeddedModelSchema>,
    pub bytes: Option<TransferableBytes>,
    pub string: Option<TransferableString>,
}

crate::support::object!(FileFormat {
    schema: "schema" optional,
    bytes: "bytes" optional,
    string: "string" optional,
});
