// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

#[cfg(feature = "server")]
use crate::support::non_null;
use super::*;

/// GraphicalOCRProcessing
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct GraphicalOcrProcessing {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub statistics: Option<GraphicalOcrStatistics>,
}
