// @generated from tests/fixtures/schemas-misc.yaml by openapi-gen; do not edit.

//! Serde types for the schemas of Schemas misc.

#[cfg(feature = "server")]
use crate::support::non_null;

/// An enum of mixed values (strings, numbers, a boolean, null) without a `type`.
pub type Mixed = serde_json::Value;

pub type NumberEnum = f64;

/// A single-value boolean enum, the OpenAPI 3.0 spelling of `const`.
pub type BooleanConst = bool;

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum NullableEnum {
    #[serde(rename = "on")]
    On,
    #[serde(rename = "off")]
    Off,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
    Other(String),
}

impl NullableEnum {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::On => "on",
            Self::Off => "off",
            Self::Other(value) => value,
        }
    }
}

impl std::fmt::Display for NullableEnum {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for NullableEnum {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "on" => Self::On,
            "off" => Self::Off,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

/// The empty schema.
pub type Anything = serde_json::Value;

/// Properties without `type: object`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Untyped {
    pub id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub anything: Option<serde_json::Value>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Grid {
    /// An array of arrays.
    pub cells: Vec<Vec<i32>>,
    /// An array whose items have no schema.
    #[serde(rename = "untypedItems", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub untyped_items: Option<Vec<serde_json::Value>>,
}

/// A map of arrays.
pub type Tags = std::collections::BTreeMap<String, Vec<String>>;

/// `additionalProperties: true` beside named properties.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Open {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub name: Option<String>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Closed {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub name: Option<String>,
}

/// Named properties and a typed `additionalProperties`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Counted {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub total: Option<i64>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: std::collections::BTreeMap<String, i64>,
}

/// A free-form object.
pub type FreeForm = serde_json::Map<String, serde_json::Value>;

pub type FreeFormTrue = serde_json::Map<String, serde_json::Value>;

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Account {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub password: Option<String>,
    pub login: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub created: Option<String>,
}

/// Mutually recursive with `Team`, directly and through an array.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Employee {
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub team: Option<Box<Team>>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Team {
    pub lead: Box<Employee>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub members: Option<Vec<Employee>>,
}
