// @generated from tests/fixtures/maps.yaml by openapi-gen; do not edit.

//! Serde types for the schemas of Maps and arrays.

#[cfg(feature = "server")]
use crate::support::non_null;

pub type Labels = std::collections::BTreeMap<String, String>;

pub type Groups = std::collections::BTreeMap<String, Vec<String>>;

pub type FreeForm = serde_json::Map<String, serde_json::Value>;

pub type Anything = serde_json::Value;

pub type Matrix = Vec<Vec<f64>>;

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Mixed {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub name: Option<String>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: std::collections::BTreeMap<String, i64>,
}
