// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

/// AccessEnum
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AccessEnum {
    Public,
    Private,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl AccessEnum {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Public => "PUBLIC",
            Self::Private => "PRIVATE",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for AccessEnum {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "PUBLIC" => Self::Public,
            "PRIVATE" => Self::Private,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(AccessEnum);
