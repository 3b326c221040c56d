// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

#[cfg(feature = "server")]
use crate::support::non_null;
use super::*;

/// BrowserTabs
///
/// This is a plural representation of the BrowserTab
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BrowserTabs {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub iterable: Vec<BrowserTab>,
}
