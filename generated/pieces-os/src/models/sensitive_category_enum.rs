// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

/// SensitiveCategoryEnum
///
/// This is the enum that is use to describe the category of our Sensitive Model.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SensitiveCategoryEnum {
    Secret,
    ApiKey,
    ClientId,
    ClientSecret,
    SecretKey,
    ApiToken,
    AccessKey,
    AccessToken,
    Url,
    PublicKey,
    PrivateKey,
    ApiId,
    WebHookUrl,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl SensitiveCategoryEnum {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Secret => "SECRET",
            Self::ApiKey => "API_KEY",
            Self::ClientId => "CLIENT_ID",
            Self::ClientSecret => "CLIENT_SECRET",
            Self::SecretKey => "SECRET_KEY",
            Self::ApiToken => "API_TOKEN",
            Self::AccessKey => "ACCESS_KEY",
            Self::AccessToken => "ACCESS_TOKEN",
            Self::Url => "URL",
            Self::PublicKey => "PUBLIC_KEY",
            Self::PrivateKey => "PRIVATE_KEY",
            Self::ApiId => "API_ID",
            Self::WebHookUrl => "WEB_HOOK_URL",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for SensitiveCategoryEnum {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "SECRET" => Self::Secret,
            "API_KEY" => Self::ApiKey,
            "CLIENT_ID" => Self::ClientId,
            "CLIENT_SECRET" => Self::ClientSecret,
            "SECRET_KEY" => Self::SecretKey,
            "API_TOKEN" => Self::ApiToken,
            "ACCESS_KEY" => Self::AccessKey,
            "ACCESS_TOKEN" => Self::AccessToken,
            "URL" => Self::Url,
            "PUBLIC_KEY" => Self::PublicKey,
            "PRIVATE_KEY" => Self::PrivateKey,
            "API_ID" => Self::ApiId,
            "WEB_HOOK_URL" => Self::WebHookUrl,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(SensitiveCategoryEnum);
