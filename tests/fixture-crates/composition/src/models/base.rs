// @generated from tests/fixtures/composition.yaml by openapi-gen; do not edit.

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Base {
    pub id: String,
}
