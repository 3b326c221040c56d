// @generated from tests/fixtures/literals.yaml by openapi-gen; do not edit.

//! Serde types for the schemas of Literals.

#[cfg(feature = "server")]
use crate::support::non_null;

#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    Copy,
    Eq,
    Hash,
    PartialOrd,
    Ord
)]
#[serde(transparent)]
pub struct Big(pub i64);

impl Big {
    pub const VALUE_1: Self = Self(1);

    pub const VALUE_2: Self = Self(2);

    pub const VALUE_4294967296: Self = Self(4294967296);
}

impl std::fmt::Display for Big {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl std::str::FromStr for Big {
    type Err = std::num::ParseIntError;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        value.parse().map(Self)
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Obj {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub a: Option<i32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub b: Option<f32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub c: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Units {
    #[serde(rename = "Å", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub å: Option<String>,
    #[serde(rename = "Å", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub å2: Option<String>,
    #[serde(rename = "K", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub k: Option<String>,
    #[serde(rename = "K", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub k2: Option<String>,
    #[serde(rename = "A\u{30a}", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub å3: Option<String>,
}

pub type It = serde_json::Value;

pub type Arr = serde_json::Value;

pub type Map = serde_json::Value;

pub type One = serde_json::Value;

#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    Copy,
    Eq,
    Hash,
    PartialOrd,
    Ord
)]
#[serde(transparent)]
pub struct GetAe(pub i64);

impl GetAe {
    pub const VALUE_1: Self = Self(1);

    pub const VALUE_3000000000: Self = Self(3000000000);
}

impl std::fmt::Display for GetAe {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl std::str::FromStr for GetAe {
    type Err = std::num::ParseIntError;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        value.parse().map(Self)
    }
}
