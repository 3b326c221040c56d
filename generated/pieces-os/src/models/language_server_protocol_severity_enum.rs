// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

/// LanguageServerProtocolSeverityEnum
///
/// modeled of of https://microsoft.github.io/language-server-protocol/specifications/lsp/3.17/specification/#diagnosticSeverity
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum LanguageServerProtocolSeverityEnum {
    Error,
    Warning,
    Information,
    Hint,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl LanguageServerProtocolSeverityEnum {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Error => "ERROR",
            Self::Warning => "WARNING",
            Self::Information => "INFORMATION",
            Self::Hint => "HINT",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for LanguageServerProtocolSeverityEnum {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "ERROR" => Self::Error,
            "WARNING" => Self::Warning,
            "INFORMATION" => Self::Information,
            "HINT" => Self::Hint,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(LanguageServerProtocolSeverityEnum);
