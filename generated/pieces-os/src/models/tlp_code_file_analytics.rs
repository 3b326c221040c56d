// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// TLPCodeFileAnalytics
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TlpCodeFileAnalytics {
    pub schema: Option<EmbeddedModelSchema>,
    pub id: Option<String>,
}

crate::support::object!(TlpCodeFileAnalytics {
    schema: "schema" optional,
    id: "id" optional,
});
