// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

/// HintTypeEnum
///
/// This is the hint enum used to describe a type of hint.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum HintTypeEnum {
    SuggestedQuery,
    QgptHint,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl HintTypeEnum {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SuggestedQuery => "SUGGESTED_QUERY",
            Self::QgptHint => "QGPT_HINT",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for HintTypeEnum {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "SUGGESTED_QUERY" => Self::SuggestedQuery,
            "QGPT_HINT" => Self::QgptHint,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(HintTypeEnum);
