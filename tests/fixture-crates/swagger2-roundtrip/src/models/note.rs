// @generated from tests/fixtures/swagger2-roundtrip.yaml by openapi-gen; do not edit.

crate::support::object! {
    #[derive(Debug, Clone, PartialEq)]
    pub struct Note {
        pub kind: NoteKind = "kind" required,
        pub text: String = "text" required,
        pub due: Option<chrono::NaiveDate> = "due" required_or_null,
        pub tags: Option<Vec<String>> = "tags" optional,
        pub ids: Option<Vec<i64>> = "ids" optional,
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum NoteKind {
    Note,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
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

crate::support::string_enum!(NoteKind);
