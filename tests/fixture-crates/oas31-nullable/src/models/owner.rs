// @generated from tests/fixtures/oas31-nullable.yaml by openapi-gen; do not edit.

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Owner {
    pub id: String,
}
