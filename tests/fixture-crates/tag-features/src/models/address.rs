// @generated from tests/fixtures/tag-features.yaml by openapi-gen; do not edit.

#![cfg(feature = "tag-stores")]

crate::support::object! {
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct Address {
        pub street: Option<String> = "street" optional,
    }
}
