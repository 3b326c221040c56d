// @generated from tests/fixtures/discriminator.yaml by openapi-gen; do not edit.

/// Declares the discriminator property itself, as a plain string.
#[derive(Debug, Clone, PartialEq)]
pub struct Cat {
    pub pet_type: String,
    pub lives: Option<i32>,
}

crate::support::object!(Cat {
    pet_type: "petType" required,
    lives: "lives" optional,
});
