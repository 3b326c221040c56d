// @generated from tests/fixtures/enums.yaml by openapi-gen; do not edit.

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
