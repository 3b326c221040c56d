// @generated from tests/fixtures/tag-features.yaml by openapi-gen; do not edit.

#![cfg(feature = "tag-stores")]

use super::*;

crate::support::object! {
    #[derive(Debug, Clone, PartialEq)]
    pub struct Store {
        pub id: String = "id" required,
        pub address: Option<Address> = "address" optional,
        pub featured: Option<Vec<Label>> = "featured" optional,
    }
}
