// @generated from tests/fixtures/oas31-refs.yaml by openapi-gen; do not edit.

crate::support::object! {
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct Line {
        pub sku: Option<String> = "sku" optional,
        pub quantity: Option<i64> = "quantity" optional,
    }
}
