// @generated from tests/fixtures/discriminator.yaml by openapi-gen; do not edit.

crate::support::object! {
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct Car {
        pub seats: Option<i32> = "seats" optional,
    }
}
