// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

/// ClassificationRenderingEnum
///
/// Specifically supported renderings...usually between generic types
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ClassificationRenderingEnum {
    Html,
    TwentyFourBitAnsiEscapedSequences,
    HighlightJsHtml,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl ClassificationRenderingEnum {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Html => "HTML",
            Self::TwentyFourBitAnsiEscapedSequences => {
                "TWENTY_FOUR_BIT_ANSI_ESCAPED_SEQUENCES"
            }
            Self::HighlightJsHtml => "HIGHLIGHT_JS_HTML",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for ClassificationRenderingEnum {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "HTML" => Self::Html,
            "TWENTY_FOUR_BIT_ANSI_ESCAPED_SEQUENCES" => {
                Self::TwentyFourBitAnsiEscapedSequences
            }
            "HIGHLIGHT_JS_HTML" => Self::HighlightJsHtml,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(ClassificationRenderingEnum);
