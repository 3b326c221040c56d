// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

/// PlatformEnum
///
/// This is an Enumeration for a Platform ie, WEB, MACOS, LINUX, WINDOWS
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PlatformEnum {
    Web,
    Macos,
    Linux,
    Windows,
    Fuchsia,
    Ios,
    Android,
    Unknown,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl PlatformEnum {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Web => "WEB",
            Self::Macos => "MACOS",
            Self::Linux => "LINUX",
            Self::Windows => "WINDOWS",
            Self::Fuchsia => "FUCHSIA",
            Self::Ios => "IOS",
            Self::Android => "ANDROID",
            Self::Unknown => "UNKNOWN",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for PlatformEnum {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "WEB" => Self::Web,
            "MACOS" => Self::Macos,
            "LINUX" => Self::Linux,
            "WINDOWS" => Self::Windows,
            "FUCHSIA" => Self::Fuchsia,
            "IOS" => Self::Ios,
            "ANDROID" => Self::Android,
            "UNKNOWN" => Self::Unknown,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(PlatformEnum);
