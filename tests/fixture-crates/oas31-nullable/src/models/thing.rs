// @generated from tests/fixtures/oas31-nullable.yaml by openapi-gen; do not edit.

#[cfg(feature = "server")]
use crate::support::non_null;
use super::*;

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Thing {
    pub name: String,
    /// A required key whose value may be null.
    pub note: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub count: Option<i32>,
    /// A pydantic-style optional reference.
    pub owner: Option<Owner>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub legacy: Option<String>,
    /// Several types, no null; a union of the two.
    #[serde(rename = "idOrName", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub id_or_name: Option<ThingIdOrName>,
}

/// Several types, no null; a union of the two.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum ThingIdOrName {
    Variant0(i64),
    Variant1(String),
}

impl std::fmt::Display for ThingIdOrName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Variant0(value) => value.fmt(f),
            Self::Variant1(value) => value.fmt(f),
        }
    }
}

impl std::str::FromStr for ThingIdOrName {
    type Err = String;

    /// Tries the alternatives in the order the spec lists them.
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        value
            .parse()
            .map(Self::Variant0)
            .or_else(|_| value.parse().map(Self::Variant1))
            .map_err(|_| {
                "matches none of the alternatives of `ThingIdOrName`".to_string()
            })
    }
}
