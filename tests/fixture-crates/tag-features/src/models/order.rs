// @generated from tests/fixtures/tag-features.yaml by openapi-gen; do not edit.

#![cfg(feature = "tag-orders")]

use super::*;

crate::support::object! {
    #[derive(Debug, Clone, PartialEq)]
    pub struct Order {
        pub id: String = "id" required,
        pub label: Option<Label> = "label" optional,
        pub ship_to: Option<Address> = "shipTo" optional,
    }
}
