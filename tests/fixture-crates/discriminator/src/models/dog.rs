// @generated from tests/fixtures/discriminator.yaml by openapi-gen; do not edit.

crate::support::object! {
    /// Declares the discriminator property itself, as an enum.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Dog {
        pub pet_type: DogPetType = "petType" required,
        pub name: String = "name" required,
        pub barks: Option<bool> = "barks" optional,
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum DogPetType {
    Dog,
    Hound,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl DogPetType {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Dog => "dog",
            Self::Hound => "hound",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for DogPetType {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "dog" => Self::Dog,
            "hound" => Self::Hound,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(DogPetType);
