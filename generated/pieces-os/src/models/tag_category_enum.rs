// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

/// TagCategoryEnum
///
/// This is an enum that describes the category that that this tag is apart of.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TagCategoryEnum {
    Handle,
    Email,
    Unknown,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl TagCategoryEnum {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Handle => "HANDLE",
            Self::Email => "EMAIL",
            Self::Unknown => "UNKNOWN",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for TagCategoryEnum {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "HANDLE" => Self::Handle,
            "EMAIL" => Self::Email,
            "UNKNOWN" => Self::Unknown,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(TagCategoryEnum);
