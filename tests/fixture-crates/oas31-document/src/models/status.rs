// @generated from tests/fixtures/oas31-document.yaml by openapi-gen; do not edit.

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Status {
    pub point: Option<Vec<serde_json::Value>>,
    pub mode: Option<String>,
}

crate::support::object!(closed Status {
    point: "point" optional,
    mode: "mode" optional,
});
