// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

/// SensitiveSeverityEnum
///
/// This is the enum used to describe the severity of our sensitive model.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SensitiveSeverityEnum {
    Low,
    Moderate,
    High,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl SensitiveSeverityEnum {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Low => "LOW",
            Self::Moderate => "MODERATE",
            Self::High => "HIGH",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for SensitiveSeverityEnum {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "LOW" => Self::Low,
            "MODERATE" => Self::Moderate,
            "HIGH" => Self::High,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(SensitiveSeverityEnum);
