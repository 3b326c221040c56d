// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

/// CapabilitiesEnum
///
/// This lets us know what capabilites in relation to ml/ cloud infrastructure you are opting into.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CapabilitiesEnum {
    Local,
    Cloud,
    Blended,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl CapabilitiesEnum {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Local => "LOCAL",
            Self::Cloud => "CLOUD",
            Self::Blended => "BLENDED",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for CapabilitiesEnum {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "LOCAL" => Self::Local,
            "CLOUD" => Self::Cloud,
            "BLENDED" => Self::Blended,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(CapabilitiesEnum);
