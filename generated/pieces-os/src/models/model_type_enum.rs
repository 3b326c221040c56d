// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

/// ModelTypeEnum
///
/// This will describe the type of Model balanced, speed, accuracy...
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ModelTypeEnum {
    Balanced,
    Speed,
    Accuracy,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl ModelTypeEnum {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Balanced => "BALANCED",
            Self::Speed => "SPEED",
            Self::Accuracy => "ACCURACY",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for ModelTypeEnum {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "BALANCED" => Self::Balanced,
            "SPEED" => Self::Speed,
            "ACCURACY" => Self::Accuracy,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(ModelTypeEnum);
