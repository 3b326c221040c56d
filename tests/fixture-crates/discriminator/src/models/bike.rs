// @generated from tests/fixtures/discriminator.yaml by openapi-gen; do not edit.

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Bike {
    pub gears: Option<i32>,
}

crate::support::object!(Bike {
    gears: "gears" optional,
});
