// @generated from tests/fixtures/discriminator.yaml by openapi-gen; do not edit.

crate::support::object! {
    #[derive(Debug, Clone, PartialEq)]
    pub struct Square {
        pub kind: String = "kind" required,
        pub side: f64 = "side" required,
    }
}
