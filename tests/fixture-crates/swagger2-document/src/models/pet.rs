// @generated from tests/fixtures/swagger2-document.yaml by openapi-gen; do not edit.

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Pet {
    pub id: i64,
    pub name: String,
}
