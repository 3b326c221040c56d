// @generated from tests/fixtures/discriminator.yaml by openapi-gen; do not edit.

crate::support::object! {
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct Truck {
        pub load: Option<f64> = "load" optional,
    }
}
