// @generated from tests/fixtures/names.yaml by openapi-gen; do not edit.

#![cfg(feature = "all-tags")]

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Self_ {
    pub self_: Option<Box<Self_>>,
}

crate::support::object!(Self_ {
    self_: "self" optional,
});
