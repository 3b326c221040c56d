// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

/// Role
///
/// This is the specific role of a format.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Role {
    Original,
    Additional,
    Both,
    Preview,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl Role {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Original => "ORIGINAL",
            Self::Additional => "ADDITIONAL",
            Self::Both => "BOTH",
            Self::Preview => "PREVIEW",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for Role {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "ORIGINAL" => Self::Original,
            "ADDITIONAL" => Self::Additional,
            "BOTH" => Self::Both,
            "PREVIEW" => Self::Preview,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(Role);
