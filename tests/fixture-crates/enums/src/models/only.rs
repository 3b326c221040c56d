// @generated from tests/fixtures/enums.yaml by openapi-gen; do not edit.

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
