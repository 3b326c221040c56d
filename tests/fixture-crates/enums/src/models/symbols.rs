// @generated from tests/fixtures/enums.yaml by openapi-gen; do not edit.

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
