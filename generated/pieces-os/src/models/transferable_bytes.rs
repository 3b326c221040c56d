// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// TransferableBytes
///
/// Bytes is a Model for A FileFormat.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TransferableBytes {
    pub schema: Option<EmbeddedModelSchema>,
    /// IMPLEMENTED
    pub raw: Option<Vec<i64>>,
    /// NOT IMPLEMENTED
    pub base64: Option<Vec<i64>>,
    /// NOT IMPLEMENTED
    pub base64_url: Option<Vec<i64>>,
    /// NOT IMPLEMENTED
    pub data_url: Option<Vec<i64>>,
}

crate::support::object!(TransferableBytes {
    schema: "schema" optional,
    raw: "raw" optional,
    base64: "base64" optional,
    base64_url: "base64_url" optional,
    data_url: "data_url" optional,
});
