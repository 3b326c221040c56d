// @generated from tests/fixtures/enums.yaml by openapi-gen; do not edit.

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
pub struct Priority(pub i32);

impl Priority {
    pub const VALUE_1: Self = Self(1);

    pub const VALUE_2: Self = Self(2);

    pub const VALUE_MINUS_3: Self = Self(-3);
}

impl std::fmt::Display for Priority {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl std::str::FromStr for Priority {
    type Err = std::num::ParseIntError;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        value.parse().map(Self)
    }
}
