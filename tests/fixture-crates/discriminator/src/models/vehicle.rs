// @generated from tests/fixtures/discriminator.yaml by openapi-gen; do not edit.

use super::*;

/// A mapping target that is not among the alternatives is a variant too.
#[derive(Debug, Clone, PartialEq)]
pub enum Vehicle {
    /// `type`: `car`.
    Car(Car),
    /// `type`: `Truck`.
    Truck(Truck),
    /// `type`: `bike`.
    Bike(Bike),
    /// An object whose `type` this version of the spec does not know, kept as sent.
    Other(serde_json::Value),
}

impl serde::Serialize for Vehicle {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Car(value) => {
                crate::support::write_tagged(serializer, "type", "car", value)
            }
            Self::Truck(value) => {
                crate::support::write_tagged(serializer, "type", "Truck", value)
            }
            Self::Bike(value) => {
                crate::support::write_tagged(serializer, "type", "bike", value)
            }
            Self::Other(value) => serde::Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Vehicle {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let (tag, value) = crate::support::read_tag(deserializer, "type")?;
        match tag.as_str() {
            "car" => crate::support::from_tagged(value).map(Self::Car),
            "Truck" => crate::support::from_tagged(value).map(Self::Truck),
            "bike" => crate::support::from_tagged(value).map(Self::Bike),
            _ => Ok(Self::Other(value)),
        }
    }
}
