// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

/// PrivacyEnum
///
/// OPEN: Means that privacy is fully open CLOSED: Means that privacy is fully locked down, and private ANONYMOUS: Means that we are allowed to collect information but it cannot get attached to me as the user.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PrivacyEnum {
    Open,
    Closed,
    Anonymous,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl PrivacyEnum {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Open => "OPEN",
            Self::Closed => "CLOSED",
            Self::Anonymous => "ANONYMOUS",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for PrivacyEnum {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "OPEN" => Self::Open,
            "CLOSED" => Self::Closed,
            "ANONYMOUS" => Self::Anonymous,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(PrivacyEnum);
