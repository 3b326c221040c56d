// @generated from tests/fixtures/literals.yaml by openapi-gen; do not edit.

//! Serde types for the schemas of Literals.

/// The `Big` schema.
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

/// The `Obj` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Obj {
    /// The `a` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub a: Option<i32>,
    /// The `b` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub b: Option<f32>,
    /// The `c` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub c: Option<crate::Integer>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// The `Units` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Units {
    /// The `Å` property.
    #[serde(
        rename = "Å",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub å: Option<String>,
    /// The `Å` property.
    #[serde(
        rename = "Å",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub å2: Option<String>,
    /// The `K` property.
    #[serde(
        rename = "K",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub k: Option<String>,
    /// The `K` property.
    #[serde(
        rename = "K",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub k2: Option<String>,
    /// The `Å` property.
    #[serde(
        rename = "A\u{30a}",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub å3: Option<String>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// The `It` schema.
pub type It = serde_json::Value;

/// The `Arr` schema.
pub type Arr = serde_json::Value;

/// The `Map` schema.
pub type Map = serde_json::Value;

/// The `One` schema.
pub type One = serde_json::Value;

/// The `GetAE` schema.
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
