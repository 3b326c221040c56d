// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

/// ExternallySourcedEnum
///
/// This is an enum that will highlight something that is externally sourced.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ExternallySourcedEnum {
    Twitter,
    Medium,
    LinkedIn,
    Instagram,
    Facebook,
    Reddit,
    Discord,
    BitBucket,
    GitLab,
    GitHub,
    Slack,
    Mailgun,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl ExternallySourcedEnum {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Twitter => "TWITTER",
            Self::Medium => "MEDIUM",
            Self::LinkedIn => "LINKED_IN",
            Self::Instagram => "INSTAGRAM",
            Self::Facebook => "FACEBOOK",
            Self::Reddit => "REDDIT",
            Self::Discord => "DISCORD",
            Self::BitBucket => "BIT_BUCKET",
            Self::GitLab => "GIT_LAB",
            Self::GitHub => "GIT_HUB",
            Self::Slack => "SLACK",
            Self::Mailgun => "MAILGUN",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for ExternallySourcedEnum {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "TWITTER" => Self::Twitter,
            "MEDIUM" => Self::Medium,
            "LINKED_IN" => Self::LinkedIn,
            "INSTAGRAM" => Self::Instagram,
            "FACEBOOK" => Self::Facebook,
            "REDDIT" => Self::Reddit,
            "DISCORD" => Self::Discord,
            "BIT_BUCKET" => Self::BitBucket,
            "GIT_LAB" => Self::GitLab,
            "GIT_HUB" => Self::GitHub,
            "SLACK" => Self::Slack,
            "MAILGUN" => Self::Mailgun,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(ExternallySourcedEnum);
