// @generated from tests/fixtures/tag-features.yaml by openapi-gen; do not edit.

#![cfg(feature = "__tags-7ada489b22dfc941")]

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Label {
    New,
    Sale,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl Label {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::New => "new",
            Self::Sale => "sale",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for Label {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "new" => Self::New,
            "sale" => Self::Sale,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(Label);
