// @generated from tests/fixtures/discriminator.yaml by openapi-gen; do not edit.

use super::*;

/// A pet, chosen by `petType`; the mapping names the wire values.
#[derive(Debug, Clone, PartialEq)]
pub enum Pet {
    /// `petType`: `dog` or `hound`.
    Dog(Dog),
    /// `petType`: `cat`.
    Cat(Cat),
    /// An object whose `petType` this version of the spec does not know, kept as sent.
    Other(serde_json::Value),
}

impl serde::Serialize for Pet {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Dog(value) => {
                crate::support::write_tagged(serializer, "petType", "dog", value)
            }
            Self::Cat(value) => {
                crate::support::write_tagged(serializer, "petType", "cat", value)
            }
            Self::Other(value) => serde::Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Pet {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let (tag, value) = crate::support::read_tag(deserializer, "petType")?;
        match tag.as_str() {
            "dog" | "hound" => crate::support::from_tagged(value).map(Self::Dog),
            "cat" => crate::support::from_tagged(value).map(Self::Cat),
            _ => Ok(Self::Other(value)),
        }
    }
}
