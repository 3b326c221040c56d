// @generated from tests/fixtures/discriminator.yaml by openapi-gen; do not edit.

#[derive(Debug, Clone, PartialEq)]
pub struct Square {
    pub kind: String,
    pub side: f64,
}

crate::support::object!(Square {
    kind: "kind" required,
    side: "side" required,
});
