// @generated from tests/fixtures/names.yaml by openapi-gen; do not edit.

#![cfg(feature = "all-tags")]

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Pet3 {
    Dog,
    Cat,
    Dog2,
    Dog3,
    DOG,
    Self_,
    Self2,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl Pet3 {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Dog => "dog",
            Self::Cat => "cat",
            Self::Dog2 => "Dog",
            Self::Dog3 => "DOG",
            Self::DOG => "d-o-g",
            Self::Self_ => "self",
            Self::Self2 => "Self",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for Pet3 {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "dog" => Self::Dog,
            "cat" => Self::Cat,
            "Dog" => Self::Dog2,
            "DOG" => Self::Dog3,
            "d-o-g" => Self::DOG,
            "self" => Self::Self_,
            "Self" => Self::Self2,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(Pet3);
