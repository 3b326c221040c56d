// @generated from tests/fixtures/oas31-roundtrip.yaml by openapi-gen; do not edit.

//! Serde types for the schemas of Round trip 3.1.

/// The `Note` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Note {
    /// The `kind` property.
    pub kind: NoteKind,
    /// The `text` property.
    pub text: String,
    /// Required, and may be null.
    pub due: Option<chrono::NaiveDate>,
    /// The `parent` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<Box<Note>>,
    /// The `tags` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub tags: Option<Vec<String>>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// The `NoteKind` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum NoteKind {
    /// `note`
    #[serde(rename = "note")]
    Note,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
    Other(String),
}

impl NoteKind {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Note => "note",
            Self::Other(value) => value,
        }
    }
}

impl std::fmt::Display for NoteKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for NoteKind {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "note" => Self::Note,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

/// The `Attachment` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Attachment {
    /// The `size` property.
    pub size: crate::Integer,
    /// The `sha` property.
    pub sha: String,
    /// The `caption` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub caption: Option<String>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// The parts of the `multipart/form-data` body of `attach`.
#[derive(Debug, Clone, PartialEq)]
pub struct AttachForm {
    /// The `file` part.
    pub file: bytes::Bytes,
    /// The `caption` part.
    pub caption: Option<String>,
}
