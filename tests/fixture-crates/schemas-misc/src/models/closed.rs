// @generated from tests/fixtures/schemas-misc.yaml by openapi-gen; do not edit.

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Closed {
    pub name: Option<String>,
}

crate::support::object!(closed Closed {
    name: "name" optional,
});
