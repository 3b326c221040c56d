// @generated from tests/fixtures/header-cookie-styles.yaml by openapi-gen; do not edit.

//! Serde types for the schemas of Header and cookie styles.

#[cfg(feature = "server")]
use crate::support::non_null;

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Color {
    #[serde(rename = "R", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub r: Option<i32>,
    #[serde(rename = "G", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub g: Option<i32>,
    #[serde(rename = "B", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub b: Option<i32>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum IdOrName {
    Variant0(i64),
    Variant1(String),
}

impl std::fmt::Display for IdOrName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Variant0(value) => value.fmt(f),
            Self::Variant1(value) => value.fmt(f),
        }
    }
}

impl std::str::FromStr for IdOrName {
    type Err = String;

    /// Tries the alternatives in the order the spec lists them.
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        value
            .parse()
            .map(Self::Variant0)
            .or_else(|_| value.parse().map(Self::Variant1))
            .map_err(|_| "matches none of the alternatives of `IdOrName`".to_string())
    }
}
