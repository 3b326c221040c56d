// @generated from tests/fixtures/schemas-misc.yaml by openapi-gen; do not edit.

/// `additionalProperties: true` beside named properties.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Open {
    pub name: Option<String>,
    /// Properties beyond the named ones, kept as sent.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

crate::support::object!(Open {
    name: "name" optional,
    ..additional_properties
});
