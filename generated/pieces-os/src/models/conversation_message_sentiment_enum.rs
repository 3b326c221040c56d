// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

/// ConversationMessageSentimentEnum
///
/// This will describe the sentiment of a specific message ie if the message was liked/disliked/reported
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ConversationMessageSentimentEnum {
    Like,
    Dislike,
    Report,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl ConversationMessageSentimentEnum {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Like => "LIKE",
            Self::Dislike => "DISLIKE",
            Self::Report => "REPORT",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for ConversationMessageSentimentEnum {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "LIKE" => Self::Like,
            "DISLIKE" => Self::Dislike,
            "REPORT" => Self::Report,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(ConversationMessageSentimentEnum);
