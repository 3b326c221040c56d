// @generated from tests/fixtures/tag-features.yaml by openapi-gen; do not edit.

#![cfg(feature = "tag-pets")]

use super::*;

crate::support::object! {
    #[derive(Debug, Clone, PartialEq)]
    pub struct Pet {
        pub name: String = "name" required,
        pub kind: Option<PetKind> = "kind" optional,
        pub labels: Option<Vec<Label>> = "labels" optional,
    }
}
