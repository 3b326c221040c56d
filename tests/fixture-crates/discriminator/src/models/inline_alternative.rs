// @generated from tests/fixtures/discriminator.yaml by openapi-gen; do not edit.

#[cfg(feature = "server")]
use crate::support::non_null;
use super::*;

/// An inline alternative has no name to be chosen by; the union stays untagged.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum InlineAlternative {
    Car(Car),
    Variant1(InlineAlternativeVariant1),
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct InlineAlternativeVariant1 {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub wheels: Option<i32>,
}
