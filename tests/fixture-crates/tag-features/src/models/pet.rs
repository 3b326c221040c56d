// @generated from tests/fixtures/tag-features.yaml by openapi-gen; do not edit.

#![cfg(feature = "tag-pets")]

use super::*;

#[derive(Debug, Clone, PartialEq)]
pub struct Pet {
    pub name: String,
    pub kind: Option<PetKind>,
    pub labels: Option<Vec<Label>>,
}

crate::support::object!(Pet {
    name: "name" required,
    kind: "kind" optional,
    labels: "labels" optional,
});
