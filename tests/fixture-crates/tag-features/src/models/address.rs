// @generated from tests/fixtures/tag-features.yaml by openapi-gen; do not edit.

#![cfg(feature = "tag-stores")]

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Address {
    pub street: Option<String>,
}

crate::support::object!(Address {
    street: "street" optional,
});
