// @generated from tests/fixtures/path-styles.yaml by openapi-gen; do not edit.

//! Serde types for the schemas of Path styles.

#[cfg(feature = "server")]
use crate::support::non_null;

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Color {
    #[serde(rename = "R", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub r: Option<i32>,
    #[serde(rename = "G", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub g: Option<i32>,
    #[serde(rename = "B", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub b: Option<i32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub name: Option<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum WorkflowId {
    Variant0(i64),
    Variant1(String),
}

impl std::fmt::Display for WorkflowId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Variant0(value) => value.fmt(f),
            Self::Variant1(value) => value.fmt(f),
        }
    }
}

impl std::str::FromStr for WorkflowId {
    type Err = String;

    /// Tries the alternatives in the order the spec lists them.
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        value
            .parse()
            .map(Self::Variant0)
            .or_else(|_| value.parse().map(Self::Variant1))
            .map_err(|_| "matches none of the alternatives of `WorkflowId`".to_string())
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct LabelObject {
    #[serde(rename = "R", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub r: Option<i32>,
    #[serde(rename = "G", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub g: Option<i32>,
    #[serde(rename = "B", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub b: Option<i32>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum WorkflowRunsWorkflowId {
    Variant0(i64),
    Variant1(String),
}

impl std::fmt::Display for WorkflowRunsWorkflowId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Variant0(value) => value.fmt(f),
            Self::Variant1(value) => value.fmt(f),
        }
    }
}

impl std::str::FromStr for WorkflowRunsWorkflowId {
    type Err = String;

    /// Tries the alternatives in the order the spec lists them.
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        value
            .parse()
            .map(Self::Variant0)
            .or_else(|_| value.parse().map(Self::Variant1))
            .map_err(|_| {
                "matches none of the alternatives of `WorkflowRunsWorkflowId`"
                    .to_string()
            })
    }
}
