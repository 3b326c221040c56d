// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// TLPCodeRepositoryAnalytics
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TlpCodeRepositoryAnalytics {
    pub schema: Option<EmbeddedModelSchema>,
    pub id: Option<String>,
}

crate::support::object!(TlpCodeRepositoryAnalytics {
    schema: "schema" optional,
    id: "id" optional,
});
