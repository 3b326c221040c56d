// @generated from tests/fixtures/swagger2-schemas.yaml by openapi-gen; do not edit.

#[derive(Debug, Clone, PartialEq)]
pub struct Circle {
    pub kind: String,
    pub label: Option<String>,
    pub radius: Option<f64>,
}

crate::support::object!(Circle {
    kind: "kind" required,
    label: "label" optional_or_null,
    radius: "radius" optional,
});
