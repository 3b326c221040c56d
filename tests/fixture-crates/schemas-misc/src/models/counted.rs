// @generated from tests/fixtures/schemas-misc.yaml by openapi-gen; do not edit.

/// Named properties and a typed `additionalProperties`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Counted {
    pub total: Option<i64>,
    /// Properties beyond the named ones, kept as sent.
    pub additional_properties: std::collections::BTreeMap<String, i64>,
}

crate::support::object!(Counted {
    total: "total" optional,
    ..additional_properties
});
