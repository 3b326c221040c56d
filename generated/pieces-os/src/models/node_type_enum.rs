// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

/// NodeTypeEnum
///
/// This describes the type of a node ie an asset, tag, website, format...
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum NodeTypeEnum {
    Tag,
    Website,
    Format,
    Asset,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl NodeTypeEnum {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Tag => "TAG",
            Self::Website => "WEBSITE",
            Self::Format => "FORMAT",
            Self::Asset => "ASSET",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for NodeTypeEnum {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "TAG" => Self::Tag,
            "WEBSITE" => Self::Website,
            "FORMAT" => Self::Format,
            "ASSET" => Self::Asset,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(NodeTypeEnum);
