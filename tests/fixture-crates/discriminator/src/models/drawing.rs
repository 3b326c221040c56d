// @generated from tests/fixtures/discriminator.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// Discriminated unions nested in an object and in an array.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Drawing {
        pub owner: Option<Pet> = "owner" optional,
        pub shapes: Vec<Shape> = "shapes" required,
    }
}
