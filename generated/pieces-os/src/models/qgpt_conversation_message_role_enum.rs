// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

/// QGPTConversationMessageRoleEnum
///
/// This is the role enum used for a QGPT conversation
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum QgptConversationMessageRoleEnum {
    User,
    System,
    Assistant,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl QgptConversationMessageRoleEnum {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::User => "USER",
            Self::System => "SYSTEM",
            Self::Assistant => "ASSISTANT",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for QgptConversationMessageRoleEnum {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "USER" => Self::User,
            "SYSTEM" => Self::System,
            "ASSISTANT" => Self::Assistant,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(QgptConversationMessageRoleEnum);
