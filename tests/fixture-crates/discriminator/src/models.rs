// @generated from tests/fixtures/discriminator.yaml by openapi-gen; do not edit.

//! Serde types for the schemas of Discriminator.

#[cfg(feature = "server")]
use crate::support::non_null;

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

/// Declares the discriminator property itself, as an enum.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Dog {
    #[serde(rename = "petType")]
    pub pet_type: DogPetType,
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub barks: Option<bool>,
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

/// Declares the discriminator property itself, as a plain string.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Cat {
    #[serde(rename = "petType")]
    pub pet_type: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub lives: Option<i32>,
}

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

/// Does not declare the discriminator property.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Circle {
    pub radius: f64,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Square {
    pub kind: String,
    pub side: f64,
}

/// Discriminated unions nested in an object and in an array.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Drawing {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub owner: Option<Pet>,
    pub shapes: Vec<Shape>,
}

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

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Car {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub seats: Option<i32>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Truck {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub load: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Bike {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub gears: Option<i32>,
}

/// An inline alternative has no name to be chosen by; the union stays untagged.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum InlineAlternative {
    Car(Car),
    Variant1(InlineAlternativeVariant1),
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct InlineAlternativeVariant1 {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub wheels: Option<i32>,
}

/// The implicit value `Truck` is mapped to `Car`, so nothing selects `Truck`; untagged.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum Ambiguous {
    Car(Car),
    Truck(Truck),
}
