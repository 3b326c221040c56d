// @generated from tests/fixtures/tag-features.yaml by openapi-gen; do not edit.

#![cfg(any(feature = "tag-stores", feature = "tag-orders"))]

crate::support::object! {
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct Address {
        pub street: Option<String> = "street" optional,
    }
}
