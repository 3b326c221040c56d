// @generated from tests/fixtures/oas31-multipart-unions.yaml by openapi-gen; do not edit.

use super::*;

/// `auto`, or the chunk sizes.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum UploadFileStrategy {
    Variant0(UploadFileStrategyVariant0),
    StaticStrategy(StaticStrategy),
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum UploadFileStrategyVariant0 {
    Auto,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl UploadFileStrategyVariant0 {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Auto => "auto",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for UploadFileStrategyVariant0 {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "auto" => Self::Auto,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(UploadFileStrategyVariant0);
