// @generated from tests/fixtures/discriminator.yaml by openapi-gen; do not edit.

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Car {
    pub seats: Option<i32>,
}

crate::support::object!(Car {
    seats: "seats" optional,
});
