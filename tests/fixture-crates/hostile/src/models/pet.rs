// @generated from tests/fixtures/hostile.yaml by openapi-gen; do not edit.

use super::*;

/// pet *\/
/// }
/// fn injected() {}
#[derive(Debug, Clone, PartialEq)]
pub enum Pet {
    /// `kind"
    /// }fn injected(){}`: `dog"
    /// }
    /// fn injected() {}`.
    Dog(Dog),
    /// `kind"
    /// }fn injected(){}`: `cat *\/
    /// `.
    Cat(Cat),
    /// An object whose `kind"
    /// }fn injected(){}` this version of the spec does not know, kept as sent.
    Other(serde_json::Value),
}

impl serde::Serialize for Pet {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Dog(value) => {
                crate::support::write_tagged(
                    serializer,
                    "kind\"\n}fn injected(){}",
                    "dog\"\n}\nfn injected() {}",
                    value,
                )
            }
            Self::Cat(value) => {
                crate::support::write_tagged(
                    serializer,
                    "kind\"\n}fn injected(){}",
                    "cat */\r",
                    value,
                )
            }
            Self::Other(value) => serde::Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Pet {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let (tag, value) = crate::support::read_tag(
            deserializer,
            "kind\"\n}fn injected(){}",
        )?;
        match tag.as_str() {
            "dog\"\n}\nfn injected() {}" => {
                crate::support::from_tagged(value).map(Self::Dog)
            }
            "cat */\r" => crate::support::from_tagged(value).map(Self::Cat),
            _ => Ok(Self::Other(value)),
        }
    }
}
