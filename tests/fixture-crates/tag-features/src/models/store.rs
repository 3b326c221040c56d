// @generated from tests/fixtures/tag-features.yaml by openapi-gen; do not edit.

#![cfg(feature = "tag-stores")]

use super::*;

#[derive(Debug, Clone, PartialEq)]
pub struct Store {
    pub id: String,
    pub address: Option<Address>,
    pub featured: Option<Vec<Label>>,
}

crate::support::object!(Store {
    id: "id" required,
    address: "address" optional,
    featured: "featured" optional,
});
