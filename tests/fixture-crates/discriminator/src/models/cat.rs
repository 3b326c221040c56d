// @generated from tests/fixtures/discriminator.yaml by openapi-gen; do not edit.

#[cfg(feature = "server")]
use crate::support::non_null;

/// Declares the discriminator property itself, as a plain string.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Cat {
    #[serde(rename = "petType")]
    pub pet_type: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub lives: Option<i32>,
}
