// @generated from tests/fixtures/names.yaml by openapi-gen; do not edit.

#![cfg(feature = "all-tags")]

crate::support::object! {
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct Self_ {
        pub self_: Option<Box<Self_>> = "self" optional,
    }
}
