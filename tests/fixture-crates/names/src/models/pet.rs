// @generated from tests/fixtures/names.yaml by openapi-gen; do not edit.

#![cfg(feature = "all-tags")]

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Pet {
    pub name: Option<String>,
}

crate::support::object!(Pet {
    name: "name" optional,
});
