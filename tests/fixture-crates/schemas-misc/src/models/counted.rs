// @generated from tests/fixtures/schemas-misc.yaml by openapi-gen; do not edit.

#[cfg(feature = "server")]
use crate::support::non_null;

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
