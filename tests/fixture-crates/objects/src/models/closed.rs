// @generated from tests/fixtures/objects.yaml by openapi-gen; do not edit.

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Closed {
    pub a: Option<String>,
}

crate::support::object!(closed Closed {
    a: "a" optional,
});
