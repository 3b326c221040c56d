// @generated from tests/fixtures/oas31-refs.yaml by openapi-gen; do not edit.

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Line {
    pub sku: Option<String>,
    pub quantity: Option<i64>,
}

crate::support::object!(Line {
    sku: "sku" optional,
    quantity: "quantity" optional,
});
