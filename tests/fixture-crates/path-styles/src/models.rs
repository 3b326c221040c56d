// @generated from tests/fixtures/path-styles.yaml by openapi-gen; do not edit.

//! Serde types for the schemas of Path styles.

/// The `Color` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Color {
    /// The `R` property.
    #[serde(
        rename = "R",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub r: Option<i32>,
    /// The `G` property.
    #[serde(
        rename = "G",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub g: Option<i32>,
    /// The `B` property.
    #[serde(
        rename = "B",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub b: Option<i32>,
    /// The `name` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub name: Option<String>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// The `WorkflowId` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum WorkflowId {
    /// The `Variant0` alternative.
    Variant0(i64),
    /// The `Variant1` alternative.
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

/// The `LabelObject` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct LabelObject {
    /// The `R` property.
    #[serde(
        rename = "R",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub r: Option<i32>,
    /// The `G` property.
    #[serde(
        rename = "G",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub g: Option<i32>,
    /// The `B` property.
    #[serde(
        rename = "B",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub b: Option<i32>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// The `WorkflowRunsWorkflowId` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum WorkflowRunsWorkflowId {
    /// The `Variant0` alternative.
    Variant0(crate::Integer),
    /// The `Variant1` alternative.
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
