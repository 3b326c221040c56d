// @generated from tests/fixtures/composition.yaml by openapi-gen; do not edit.

//! Serde types for the schemas of Composition.

#[cfg(feature = "server")]
use crate::support::non_null;

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Base {
    pub id: String,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Dog {
    pub id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub barks: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Cat {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub meows: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum Pet {
    Dog(Dog),
    Cat(Cat),
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
