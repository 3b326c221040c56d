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
