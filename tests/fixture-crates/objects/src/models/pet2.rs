// @generated from tests/fixtures/objects.yaml by openapi-gen; do not edit.

/// Differs from `Pet` only in case.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Pet2 {
    pub name: Option<String>,
    pub name2: Option<String>,
}

crate::support::object!(Pet2 {
    name: "Name" optional,
    name2: "name" optional,
});
