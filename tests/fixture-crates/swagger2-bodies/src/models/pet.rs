// @generated from tests/fixtures/swagger2-bodies.yaml by openapi-gen; do not edit.

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Pet {
    pub name: String,
}
