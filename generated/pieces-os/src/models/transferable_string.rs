// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// TransferableString
///
/// This is a String representaion of any of these changes.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TransferableString {
    pub schema: Option<EmbeddedModelSchema>,
    /// IMPLEMENTED
    pub raw: Option<String>,
    /// NOT IMPLEMENTED
    pub base64: Option<String>,
    /// NOT IMPLEMENTED
    pub base64_url: Option<String>,
    /// NOT IMPLEMENTED
    pub data_url: Option<String>,
}

crate::support::object!(TransferableString {
    schema: "schema" optional,
    raw: "raw" optional,
    base64: "base64" optional,
    base64_url: "base64_url" optional,
    data_url: "data_url" optional,
});
