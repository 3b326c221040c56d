// @generated from tests/fixtures/swagger2-schemas.yaml by openapi-gen; do not edit.

#[derive(Debug, Clone, PartialEq)]
pub struct Shape {
    pub kind: String,
    pub label: Option<String>,
}

crate::support::object!(Shape {
    kind: "kind" required,
    label: "label" optional_or_null,
});
