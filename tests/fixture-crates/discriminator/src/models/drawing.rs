// @generated from tests/fixtures/discriminator.yaml by openapi-gen; do not edit.

use super::*;

/// Discriminated unions nested in an object and in an array.
#[derive(Debug, Clone, PartialEq)]
pub struct Drawing {
    pub owner: Option<Pet>,
    pub shapes: Vec<Shape>,
}

crate::support::object!(Drawing {
    owner: "owner" optional,
    shapes: "shapes" required,
});
