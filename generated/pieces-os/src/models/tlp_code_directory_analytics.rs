// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// TLPCodeDirectoryAnalytics
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct TlpCodeDirectoryAnalytics {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub id: Option<String> = "id" optional,
    }
}
