// @generated from tests/fixtures/discriminator.yaml by openapi-gen; do not edit.

//! Serde types for the schemas of Discriminator.

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
    /// The `petType` property.
    #[serde(rename = "petType")]
    pub pet_type: DogPetType,
    /// The `name` property.
    pub name: String,
    /// The `barks` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub barks: Option<bool>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// The `DogPetType` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum DogPetType {
    /// `dog`
    #[serde(rename = "dog")]
    Dog,
    /// `hound`
    #[serde(rename = "hound")]
    Hound,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display for DogPetType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// Declares the discriminator property itself, as a plain string.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Cat {
    /// The `petType` property.
    #[serde(rename = "petType")]
    pub pet_type: String,
    /// The `lives` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub lives: Option<i32>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
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
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Circle {
    /// The `radius` property.
    pub radius: f64,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// The `Square` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Square {
    /// The `kind` property.
    pub kind: String,
    /// The `side` property.
    pub side: f64,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// Discriminated unions nested in an object and in an array.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Drawing {
    /// The `owner` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub owner: Option<Pet>,
    /// The `shapes` property.
    pub shapes: Vec<Shape>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
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

/// The `Car` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Car {
    /// The `seats` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub seats: Option<i32>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// The `Truck` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Truck {
    /// The `load` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub load: Option<f64>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// The `Bike` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Bike {
    /// The `gears` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub gears: Option<i32>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// An inline alternative has no name to be chosen by; the union stays untagged.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum InlineAlternative {
    /// The `Car` alternative.
    Car(Car),
    /// The `Variant1` alternative.
    Variant1(InlineAlternativeVariant1),
}

/// The `InlineAlternativeVariant1` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct InlineAlternativeVariant1 {
    /// The `wheels` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub wheels: Option<i32>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// The implicit value `Truck` is mapped to `Car`, so nothing selects `Truck`; untagged.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum Ambiguous {
    /// The `Car` alternative.
    Car(Car),
    /// The `Truck` alternative.
    Truck(Truck),
}
