// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// FragmentFormat
///
/// This will be either a TransferableString or TransferableBytes that represent your fragment.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FragmentFormat {
    pub schema: Option<EmbeddedModelSchema>,
    pub string: Option<TransferableString>,
    pub bytes: Option<TransferableBytes>,
    pub metadata: Option<FragmentMetadata>,
}

crate::support::object!(FragmentFormat {
    schema: "schema" optional,
    string: "string" optional,
    bytes: "bytes" optional,
    metadata: "metadata" optional,
});
