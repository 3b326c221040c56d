// @generated from tests/fixtures/oas31-multipart-unions.yaml by openapi-gen; do not edit.

//! Serde types for the schemas of Multipart unions.

/// The `StaticStrategy` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct StaticStrategy {
    /// The `max_chunk_size_tokens` property.
    pub max_chunk_size_tokens: crate::Integer,
    /// The `chunk_overlap_tokens` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub chunk_overlap_tokens: Option<crate::Integer>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// The `Owner` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Owner {
    /// The `id` property.
    pub id: String,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// The `Labels` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Labels {
    /// The `main` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub main: Option<String>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// The `Received` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Received {
    /// The `size` property.
    pub size: crate::Integer,
    /// The `strategy` property.
    pub strategy: String,
    /// The `owner` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub owner: Option<String>,
    /// The `labels` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub labels: Option<String>,
    /// The `expires` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub expires: Option<String>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// `auto`, or the chunk sizes.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum UploadFileStrategy {
    /// The `Variant0` alternative.
    Variant0(UploadFileStrategyVariant0),
    /// The `StaticStrategy` alternative.
    StaticStrategy(StaticStrategy),
}

/// The `UploadFileStrategyVariant0` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum UploadFileStrategyVariant0 {
    /// `auto`
    #[serde(rename = "auto")]
    Auto,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display for UploadFileStrategyVariant0 {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// A named owner or its record.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum UploadFileOwner {
    /// The `Owner` alternative.
    Owner(Owner),
    /// The `Variant1` alternative.
    Variant1(String),
}

/// Labels merged from two parts.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct UploadFileLabels {
    /// The `main` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub main: Option<String>,
    /// The `extra` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub extra: Option<String>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// Seconds, or a date.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum UploadFileExpires {
    /// The `Variant0` alternative.
    Variant0(crate::Integer),
    /// The `Variant1` alternative.
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
    /// The `file` part.
    pub file: bytes::Bytes,
    /// The `strategy` part.
    pub strategy: UploadFileStrategy,
    /// The `owner` part.
    pub owner: Option<UploadFileOwner>,
    /// The `labels` part.
    pub labels: Option<UploadFileLabels>,
    /// The `expires` part.
    pub expires: Option<UploadFileExpires>,
}
