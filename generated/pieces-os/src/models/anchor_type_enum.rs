// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

/// AnchorTypeEnum
///
/// This is an enum used to differentiate the different between different anchors.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AnchorTypeEnum {
    File,
    Directory,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl AnchorTypeEnum {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::File => "FILE",
            Self::Directory => "DIRECTORY",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for AnchorTypeEnum {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "FILE" => Self::File,
            "DIRECTORY" => Self::Directory,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(AnchorTypeEnum);
