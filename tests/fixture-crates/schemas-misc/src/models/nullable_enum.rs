// @generated from tests/fixtures/schemas-misc.yaml by openapi-gen; do not edit.

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum NullableEnum {
    On,
    Off,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl NullableEnum {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::On => "on",
            Self::Off => "off",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for NullableEnum {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "on" => Self::On,
            "off" => Self::Off,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(NullableEnum);
