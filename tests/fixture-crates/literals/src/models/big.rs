// @generated from tests/fixtures/literals.yaml by openapi-gen; do not edit.

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
