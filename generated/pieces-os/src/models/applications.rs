// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

#[cfg(feature = "server")]
use crate::support::non_null;
use super::*;

/// Applications
///
/// A list of all the applications
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Applications {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub iterable: Vec<Application>,
}
