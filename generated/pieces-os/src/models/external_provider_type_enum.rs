// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

/// ExternalProviderTypeEnum
///
/// This is an enum to describe the provider used to authenticate a user.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ExternalProviderTypeEnum {
    Github,
    Auth0,
    GoogleOauth2,
    Bitbucket,
    Linkedin,
    Twitter,
    Facebook,
    Waad,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl ExternalProviderTypeEnum {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Github => "github",
            Self::Auth0 => "auth0",
            Self::GoogleOauth2 => "google-oauth2",
            Self::Bitbucket => "bitbucket",
            Self::Linkedin => "linkedin",
            Self::Twitter => "twitter",
            Self::Facebook => "facebook",
            Self::Waad => "waad",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for ExternalProviderTypeEnum {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "github" => Self::Github,
            "auth0" => Self::Auth0,
            "google-oauth2" => Self::GoogleOauth2,
            "bitbucket" => Self::Bitbucket,
            "linkedin" => Self::Linkedin,
            "twitter" => Self::Twitter,
            "facebook" => Self::Facebook,
            "waad" => Self::Waad,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(ExternalProviderTypeEnum);
