// @generated from tests/fixtures/swagger2-schemas.yaml by openapi-gen; do not edit.

#[derive(Debug, Clone, PartialEq)]
pub struct Square {
    pub kind: String,
    pub label: Option<String>,
    pub side: Option<f64>,
}

crate::support::object!(Square {
    kind: "kind" required,
    label: "label" optional_or_null,
    side: "side" optional,
});
