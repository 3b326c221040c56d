// @generated from tests/fixtures/discriminator.yaml by openapi-gen; do not edit.

crate::support::object! {
    /// Does not declare the discriminator property.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Circle {
        pub radius: f64 = "radius" required,
    }
}
