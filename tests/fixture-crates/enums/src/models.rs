// @generated from tests/fixtures/enums.yaml by openapi-gen; do not edit.

//! Serde types for the schemas of Enums.

/// String enum with a default and an unknown-value fallback.
#[derive(Debug, Clone, PartialEq, Default, Eq, Hash)]
pub enum Status {
    Available,
    #[default]
    Pending,
    SoldOut,
    N1st,
    Other2,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl Status {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Available => "available",
            Self::Pending => "pending",
            Self::SoldOut => "sold-out",
            Self::N1st => "1st",
            Self::Other2 => "Other",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for Status {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "available" => Self::Available,
            "pending" => Self::Pending,
            "sold-out" => Self::SoldOut,
            "1st" => Self::N1st,
            "Other" => Self::Other2,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}
crate::support::string_enum!(Status);

#[derive(Debug, Clone, PartialEq, Default, Eq, Hash)]
pub enum Only {
    #[default]
    OnlyValue,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl Only {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::OnlyValue => "ONLY_VALUE",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for Only {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "ONLY_VALUE" => Self::OnlyValue,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}
crate::support::string_enum!(Only);

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

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Symbols {
    Plus,
    Minus,
    AB,
    AB2,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl Symbols {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Plus => "+",
            Self::Minus => "-",
            Self::AB => "a b",
            Self::AB2 => "A_B",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for Symbols {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "+" => Self::Plus,
            "-" => Self::Minus,
            "a b" => Self::AB,
            "A_B" => Self::AB2,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}
crate::support::string_enum!(Symbols);
