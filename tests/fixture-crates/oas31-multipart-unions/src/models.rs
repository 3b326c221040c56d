// @generated from tests/fixtures/oas31-multipart-unions.yaml by openapi-gen; do not edit.

//! Serde types for the schemas of Multipart unions.

#[cfg(feature = "server")]
use crate::support::non_null;

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct StaticStrategy {
    pub max_chunk_size_tokens: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub chunk_overlap_tokens: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Owner {
    pub id: String,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Labels {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub main: Option<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Received {
    pub size: i64,
    pub strategy: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub owner: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub labels: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub expires: Option<String>,
}

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

/// A named owner or its record.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum UploadFileOwner {
    Owner(Owner),
    Variant1(String),
}

/// Labels merged from two parts.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct UploadFileLabels {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub main: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub extra: Option<String>,
}

/// Seconds, or a date.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum UploadFileExpires {
    Variant0(i64),
    Variant1(chrono::NaiveDate),
}

impl std::fmt::Display for UploadFileExpires {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Variant0(value) => value.fmt(f),
            Self::Variant1(value) => value.fmt(f),
        }
    }
}

impl std::str::FromStr for UploadFileExpires {
    type Err = String;

    /// Tries the alternatives in the order the spec lists them.
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        value
            .parse()
            .map(Self::Variant0)
            .or_else(|_| value.parse().map(Self::Variant1))
            .map_err(|_| {
                "matches none of the alternatives of `UploadFileExpires`".to_string()
            })
    }
}

/// The parts of the `multipart/form-data` body of `uploadFile`.
#[derive(Debug, Clone, PartialEq)]
pub struct UploadFileForm {
    pub file: bytes::Bytes,
    pub strategy: UploadFileStrategy,
    pub owner: Option<UploadFileOwner>,
    pub labels: Option<UploadFileLabels>,
    pub expires: Option<UploadFileExpires>,
}
