// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

/// ConversationTypeEnum
///
/// This is a type of conversation, for now just COPILOT.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ConversationTypeEnum {
    Copilot,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl ConversationTypeEnum {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Copilot => "COPILOT",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for ConversationTypeEnum {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "COPILOT" => Self::Copilot,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(ConversationTypeEnum);
