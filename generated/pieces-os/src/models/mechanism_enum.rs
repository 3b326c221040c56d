// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

/// MechanismEnum
///
/// This will let us know how an asset was uploaded.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MechanismEnum {
    Manual,
    Recommended,
    Automatic,
    Internal,
    Deleted,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl MechanismEnum {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Manual => "MANUAL",
            Self::Recommended => "RECOMMENDED",
            Self::Automatic => "AUTOMATIC",
            Self::Internal => "INTERNAL",
            Self::Deleted => "DELETED",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for MechanismEnum {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "MANUAL" => Self::Manual,
            "RECOMMENDED" => Self::Recommended,
            "AUTOMATIC" => Self::Automatic,
            "INTERNAL" => Self::Internal,
            "DELETED" => Self::Deleted,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(MechanismEnum);
