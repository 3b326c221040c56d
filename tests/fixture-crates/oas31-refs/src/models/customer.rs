// @generated from tests/fixtures/oas31-refs.yaml by openapi-gen; do not edit.

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Customer {
    pub name: Option<String>,
}

crate::support::object!(Customer {
    name: "name" optional,
});
