// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

/// ClassificationGenericEnum
///
/// EXTERNAL_RESOURCE_REFERENCE can be thought of as anything such as URL, URI, UNIX PATH, etc
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ClassificationGenericEnum {
    Code,
    Text,
    Image,
    Video,
    ExternalResourceReference,
    Unknown,
    File,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl ClassificationGenericEnum {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Code => "CODE",
            Self::Text => "TEXT",
            Self::Image => "IMAGE",
            Self::Video => "VIDEO",
            Self::ExternalResourceReference => "EXTERNAL_RESOURCE_REFERENCE",
            Self::Unknown => "UNKNOWN",
            Self::File => "FILE",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for ClassificationGenericEnum {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "CODE" => Self::Code,
            "TEXT" => Self::Text,
            "IMAGE" => Self::Image,
            "VIDEO" => Self::Video,
            "EXTERNAL_RESOURCE_REFERENCE" => Self::ExternalResourceReference,
            "UNKNOWN" => Self::Unknown,
            "FILE" => Self::File,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(ClassificationGenericEnum);
