// @generated from tests/fixtures/maps.yaml by openapi-gen; do not edit.

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Mixed {
    pub name: Option<String>,
    /// Properties beyond the named ones, kept as sent.
    pub additional_properties: std::collections::BTreeMap<String, i64>,
}

crate::support::object!(Mixed {
    name: "name" optional,
    ..additional_properties
});
