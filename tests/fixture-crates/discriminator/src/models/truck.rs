// @generated from tests/fixtures/discriminator.yaml by openapi-gen; do not edit.

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Truck {
    pub load: Option<f64>,
}

crate::support::object!(Truck {
    load: "load" optional,
});
