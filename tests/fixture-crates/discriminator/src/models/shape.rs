// @generated from tests/fixtures/discriminator.yaml by openapi-gen; do not edit.

use super::*;

/// Without a mapping the schema names are the tag values.
#[derive(Debug, Clone, PartialEq)]
pub enum Shape {
    /// `kind`: `Circle`.
    Circle(Circle),
    /// `kind`: `Square`.
    Square(Square),
    /// An object whose `kind` this version of the spec does not know, kept as sent.
    Other(serde_json::Value),
}

impl serde::Serialize for Shape {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Circle(value) => {
                crate::support::write_tagged(serializer, "kind", "Circle", value)
            }
            Self::Square(value) => {
                crate::support::write_tagged(serializer, "kind", "Square", value)
            }
            Self::Other(value) => serde::Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Shape {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let (tag, value) = crate::support::read_tag(deserializer, "kind")?;
        match tag.as_str() {
            "Circle" => crate::support::from_tagged(value).map(Self::Circle),
            "Square" => crate::support::from_tagged(value).map(Self::Square),
            _ => Ok(Self::Other(value)),
        }
    }
}
