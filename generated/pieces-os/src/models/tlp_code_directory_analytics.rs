// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// TLPCodeDirectoryAnalytics
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TlpCodeDirectoryAnalytics {
    pub schema: Option<EmbeddedModelSchema>,
    pub id: Option<String>,
}

crate::support::object!(TlpCodeDirectoryAnalytics {
    schema: "schema" optional,
    id: "id" optional,
});
