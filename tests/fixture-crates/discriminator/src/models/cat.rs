// @generated from tests/fixtures/discriminator.yaml by openapi-gen; do not edit.

crate::support::object! {
    /// Declares the discriminator property itself, as a plain string.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Cat {
        pub pet_type: String = "petType" required,
        pub lives: Option<i32> = "lives" optional,
    }
}
